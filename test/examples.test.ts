// The examples in examples/ run here against the example site on 127.0.0.1, so they cannot rot.
// (examples/vitest/a11y.test.ts is run directly by the vitest include pattern.)
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { basicAudit } from '../examples/basic-audit.js';
import { auditWithCustomRule, noPlaceholderText } from '../examples/custom-rule.js';
import { dtacEvidence } from '../examples/dtac-evidence.js';
import { auditHtml } from '../src/page-audit.js';
import { exampleSiteDir } from '../src/demo.js';
import { useServer } from './helpers/browser.js';

const planted = useServer(exampleSiteDir('gp-practice'));
const out = mkdtempSync(join(tmpdir(), 'ia-examples-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

describe('examples', () => {
  it('basic-audit: audits and gates the planted site', async () => {
    const report = await basicAudit(`${planted().url}/`, 3);
    expect(report.summary.pages.audited).toBe(3);
    expect(report.gate?.passed).toBe(false);
    expect(report.gate?.reasons.length).toBeGreaterThan(0);
  }, 120_000);

  it('custom-rule: runs beside the built-in rules and finds placeholder text', async () => {
    const report = await auditWithCustomRule(`${planted().url}/`, 2);
    expect(report.rules.map((r) => r.id)).toContain('no-placeholder-text');
    expect(report.outcomes.filter((o) => o.ruleId === 'no-placeholder-text').map((o) => o.outcome)).toEqual(['pass', 'pass']);
    const page = await auditHtml('<!doctype html><html lang="en"><title>Travel</title><main><h1>Travel vaccines</h1><p>Coming soon.</p></main></html>', {
      extraRules: [noPlaceholderText],
      rules: { 'no-placeholder-text': 'error' },
    });
    expect(page.findings.filter((f) => f.ruleId === 'no-placeholder-text').map((f) => f.message)).toEqual([
      'The page says "Coming soon". Replace it with the real information, or remove the page.',
    ]);
  }, 120_000);

  it('dtac-evidence: writes the evidence pack', async () => {
    const files = await dtacEvidence(`${planted().url}/`, out, 3);
    expect(files).toEqual([join(out, 'evidence.json'), join(out, 'evidence.html')]);
    expect(existsSync(join(out, 'report.json'))).toBe(true);
    const pack = JSON.parse(readFileSync(files[0]!, 'utf8'));
    expect(pack.questions.map((q: { code: string }) => q.code)).toContain('D1.4');
  }, 120_000);

  it('github-actions.yml: runs the CLI with a SARIF reporter and uploads that file', () => {
    const yml = readFileSync(join(import.meta.dirname, '..', 'examples', 'github-actions.yml'), 'utf8');
    const sarif = /--reporter sarif=(\S+)/.exec(yml)?.[1];
    expect(sarif).toBeDefined();
    expect(yml).toMatch(/uses: github\/codeql-action\/upload-sarif@v\d/);
    expect(yml).toContain(`sarif_file: ${sarif}`);
    expect(yml).toMatch(/security-events: write/);
  });
});
