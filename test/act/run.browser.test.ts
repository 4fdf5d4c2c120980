// The ACT conformance run end to end on five W3C test cases copied into test/fixtures/act: the
// corpus is served where the W3C keeps it (test-assets included), the real audit runs in Chromium,
// and each case gets the outcomes and the EARL subject the W3C tooling expects.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../bench/act/corpus.mjs';
import { earlReport } from '../../bench/act/earl.mjs';
import { auditCorpus } from '../../bench/act/run.mjs';
import { analyse, type Assertion } from '../../bench/act/scoring.mjs';
import { audit } from '../../src/audit.js';
import { serveFolders } from '../../src/serve.js';
import { ALL_RULES } from '../../rules/index.js';
import { useBrowser } from '../helpers/browser.js';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'act');

describe('loadCorpus', () => {
  it('reads the index: rule, expected outcome, path and WCAG criteria of each case', () => {
    const { cases } = loadCorpus(FIXTURES);
    expect(cases).toHaveLength(5);
    expect(cases.find((c) => c.path.endsWith('.svg'))).toMatchObject({ ruleId: '2779a5', expected: 'inapplicable', wcag: ['2.4.2'] });
  });

  it('says what is missing and how to point at the corpus', () => {
    const empty = mkdtempSync(join(tmpdir(), 'ia-act-'));
    try {
      expect(() => loadCorpus(empty)).toThrow(/missing index\.json, testcases, test-assets.*--corpus/);
      expect(() => loadCorpus(join(empty, 'nowhere'))).toThrow(/No W3C ACT test cases at/);
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  });
});

describe('auditCorpus on five ACT test cases', () => {
  const browser = useBrowser();
  let assertions: Assertion[];
  let statuses: Record<string, string>;
  const outcome = (ruleId: string, testcasePrefix: string) => assertions.find((a) => a.ruleId === ruleId && a.testcaseId.startsWith(testcasePrefix))?.outcome;

  beforeAll(async () => {
    const corpus = loadCorpus(FIXTURES);
    const { cases, report } = await auditCorpus({ root: corpus.root, cases: corpus.cases, audit, serveFolders, browser: browser(), rules: ALL_RULES.map((r) => r.meta) });
    const enabled = new Set(report.rules.map((r: { id: string }) => r.id));
    const analysed = analyse({ cases, report, rules: ALL_RULES.filter((r) => enabled.has(r.meta.id)).map((r) => r.meta) });
    assertions = analysed.assertions;
    statuses = Object.fromEntries(analysed.results.map((r) => [r.case.testcaseId.slice(0, 10), r.status]));
    expect(report.rules.every((r: { scope: string }) => r.scope === 'page')).toBe(true);
  });

  it('audits the HTML pages and reports the SVG as a document, every rule inapplicable', () => {
    expect(statuses).toEqual({ accc6adf09: 'audited', '312146d843': 'audited', ecc29b73e3: 'not-html', b44aa294df: 'audited', f1c9efb4c8: 'audited' });
    const svg = assertions.filter((a) => a.testcaseId.startsWith('ecc29b73e3'));
    expect(svg.map((a) => a.ruleId)).toContain('axe/document-title');
    expect(new Set(svg.map((a) => a.outcome))).toEqual(new Set(['inapplicable']));
  });

  it('meta viewport: our rule and axe-core fail the failed example and pass the passed one', () => {
    for (const rule of ['zoom-not-blocked', 'axe/meta-viewport']) {
      expect(outcome(rule, 'accc6adf09'), rule).toBe('failed');
      expect(outcome(rule, '312146d843'), rule).toBe('passed');
    }
  });

  it('focus visible: the style the test case loads from test-assets is applied, so the passed example passes', () => {
    expect(outcome('focus-visible', 'b44aa294df')).toBe('passed');
    expect(outcome('focus-visible', 'f1c9efb4c8')).toBe('failed');
  });

  it('gives each assertion the public W3C address of its test case, as the EARL subject', () => {
    const meta = ALL_RULES.map((r) => r.meta);
    const earl = earlReport({
      assertedBy: 'https://www.npmjs.com/package/inclusive-audit',
      procedures: meta.map((r) => ({ id: r.id, url: r.helpUrl, act: r.act, wcagSlugs: [] })),
      assertions,
    });
    const sources = new Set(earl['@graph'].map((a) => a.subject.source));
    expect(sources).toContain('https://www.w3.org/WAI/content-assets/wcag-act-rules/testcases/b4f0c3/accc6adf094723693593ca3c6308f81945930dae.html');
    for (const s of sources) expect(s).toMatch(/^https:\/\/www\.w3\.org\/WAI\/content-assets\/wcag-act-rules\/testcases\/[a-z0-9]{6}\/[0-9a-f]{40}\.(html|svg)$/);
  });
});
