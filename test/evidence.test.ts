// The DTAC evidence pack, built from a real audit of the planted example site.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { audit } from '../src/audit.js';
import { main } from '../src/cli.js';
import { exampleSiteDir } from '../src/demo.js';
import { buildEvidencePack, renderEvidenceHtml, QUESTION_STATUSES } from '../src/evidence/index.js';
import type { Report } from '../src/report.js';
import { formatJson } from '../src/reporters/json.js';
import { MANUAL_ONLY_WCAG, standardsByFamily } from '../src/standards.js';
import { useBrowser, useServer } from './helpers/browser.js';

const browser = useBrowser();
const site = useServer(exampleSiteDir('gp-practice'));
const dir = mkdtempSync(join(tmpdir(), 'ia-evidence-'));
let report: Report;
beforeAll(async () => {
  report = await audit({ urls: [`${site().url}/`], maxPages: 20, browser: browser() });
}, 180_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('evidence pack', () => {
  it('answers every DTAC D question with one of the three statuses', () => {
    const pack = buildEvidencePack(report);
    expect(pack.questions.map((q) => q.id)).toEqual(standardsByFamily('dtac').map((i) => i.id));
    for (const q of pack.questions) expect(QUESTION_STATUSES).toContain(q.status);
    const d14 = pack.questions.find((q) => q.code === 'D1.4')!;
    expect(d14.status).toBe('concerns found');
    // WCAG results by success criterion, with the pages affected: the planted site has images with no alt text.
    const alt = d14.evidence.find((e) => e.label.startsWith('1.1.1 '))!;
    expect(alt.detail).toMatch(/^Concerns found/);
    expect(alt.pages!.length).toBeGreaterThan(0);
    const d141 = pack.questions.find((q) => q.code === 'D1.4.1')!;
    expect(d141.evidence[0]).toEqual({ label: 'Statement page', detail: `${site().url}/accessibility-statement.html` });
    expect(pack.questions.find((q) => q.code === 'D1.6')!.status).toBe('not testable automatically');
  });

  it('has the scorecard by standard and a manual checklist', () => {
    const pack = buildEvidencePack(report);
    expect(pack.scorecard.map((s) => s.family)).toEqual(['nhs-service-standard', 'ais', 'psbar', 'gp-website', 'inclusion']);
    const manual = pack.manualChecklist.wcag.map((c) => c.id.slice(5));
    for (const id of MANUAL_ONLY_WCAG) expect(manual).toContain(id);
    expect(manual).not.toContain('1.1.1');
    expect(pack.manualChecklist.standards.map((s) => s.id)).toContain('nhs-service-standard:7');
    expect(pack.manualChecklist.needsReview.length).toBe(report.summary.findings.needsReview);
  });

  it('never gives a "% compliant" figure, and says automation cannot prove compliance', async () => {
    writeFileSync(join(dir, 'report.json'), formatJson(report));
    const stderr = { text: '', write(s: string) { this.text += s; return true; } };
    const code = await main(['node', 'inclusive-audit', 'evidence', 'report.json', '--out', 'pack'], { cwd: dir, stderr, stdout: stderr, env: {} });
    expect(code).toBe(0);
    const html = readFileSync(join(dir, 'pack', 'evidence.html'), 'utf8');
    const json = readFileSync(join(dir, 'pack', 'evidence.json'), 'utf8');
    // The stylesheet's "width: 100%" is not a figure about the site.
    for (const text of [html.replace(/<style>[\s\S]*?<\/style>/, ''), json]) {
      expect(text).not.toMatch(/%\s*compliant|\d\s*%/i);
      expect(text).toMatch(/cannot prove that a website is accessible or compliant/);
    }
    expect(html).not.toMatch(/<script|https?:\/\/[^"]*\.(css|js)\b/);
  });

  it('escapes text that came from the pages', () => {
    const payload = '<script>alert(1)</script><img src=x onerror=alert(2)>"\'';
    const poisoned: Report = {
      ...report,
      startUrl: `${site().url}/?q=${payload}`,
      findings: report.findings.map((f, i) => (i === 0 ? { ...f, outcome: 'needs-review' as const, message: payload, selector: payload, url: `javascript:alert(3)//${payload}` } : f)),
    };
    const html = renderEvidenceHtml(buildEvidencePack(poisoned));
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<img src=x');
    expect(html).not.toMatch(/href="javascript:/);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=alert(2)&gt;&quot;&#39;');
  });

  it('says "concerns found" for D1.4.1 when no statement page was found', () => {
    const without: Report = { ...report, pages: report.pages.filter((p) => !/accessib/.test(p.url)), scorecard: report.scorecard.map((e) => (e.family === 'psbar' || e.family === 'dtac' ? { ...e, status: 'not-testable' as const } : e)) };
    const q = buildEvidencePack(without).questions.find((x) => x.code === 'D1.4.1')!;
    expect(q.status).toBe('concerns found');
    expect(q.summary).toMatch(/No accessibility statement page was found/);
  });

  it('lists NHS design system components for D1.10 when the rule ran, and says how to turn it on when not', () => {
    const off = buildEvidencePack(report).questions.find((q) => q.code === 'D1.10')!;
    expect(off.status).toBe('not testable automatically');
    expect(off.summary).toContain('"nhs-design-system-usage": "warn"');
    const rule = { ...report.rules[0]!, id: 'nhs-design-system-usage' };
    const finding = { ...report.findings[0]!, ruleId: 'nhs-design-system-usage', outcome: 'needs-review' as const, data: { count: 2, components: 'header (3 pages), card (1 page)' } };
    const on = buildEvidencePack({ ...report, rules: [...report.rules, rule], findings: [...report.findings, finding] }).questions.find((q) => q.code === 'D1.10.1')!;
    expect(on.status).toBe('evidence supports');
    expect(on.evidence[0]!.detail).toBe('header (3 pages), card (1 page)');
  });
});
