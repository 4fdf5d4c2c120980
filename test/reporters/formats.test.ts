// Every reporter, from a real audit of the planted-problem GP site: structure, ordering, limits,
// and the HTML report's own accessibility and filters in Chromium.
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { audit } from '../../src/audit.js';
import { auditHtml } from '../../src/page-audit.js';
import type { Report } from '../../src/report.js';
import { formatCsv, formatHtml, formatJunit, formatMarkdown, formatSarif, formatText, REPORTERS } from '../../src/index.js';
import { FINGERPRINT_KEY } from '../../src/reporters/sarif.js';
import { useColour } from '../../src/reporters/text.js';
import { useBrowser, useServer } from '../helpers/browser.js';
import { sarifValidator } from '../helpers/sarif-schema.js';
import { parseCsv } from './csv-parse.js';

const browser = useBrowser();
const server = useServer(fileURLToPath(new URL('../../fixtures/sites/gp-practice', import.meta.url)));
let report: Report;
const RANK = { critical: 0, serious: 1, moderate: 2, minor: 3 } as const;

beforeAll(async () => {
  report = await audit({ urls: [`${server().url}/`], browser: browser(), maxPages: 4 });
});

describe('the sample report', () => {
  it('has fails and needs-review findings on several pages', () => {
    expect(report.findings.filter((f) => f.outcome === 'fail').length).toBeGreaterThan(3);
    expect(report.findings.some((f) => f.outcome === 'needs-review')).toBe(true);
    expect(new Set(report.findings.map((f) => f.url)).size).toBeGreaterThan(1);
  });
});

describe('the registry', () => {
  it('offers every format as report → string', () => {
    expect(Object.keys(REPORTERS).sort()).toEqual(['csv', 'html', 'json', 'junit', 'markdown', 'sarif', 'text']);
    for (const format of Object.values(REPORTERS)) expect(format(report).length).toBeGreaterThan(200);
  });
});

describe('HTML', () => {
  it('passes inclusive-audit\'s own audit with no fails', async () => {
    const own = await auditHtml(formatHtml(report), { browser: browser() });
    const fails = own.findings.filter((f) => f.outcome === 'fail').map((f) => `${f.ruleId} ${f.selector}: ${f.message}`);
    expect(fails).toEqual([]);
    expect(own.summary.pages.audited).toBe(1);
  });

  it('filters by rule, standard, severity and page in the browser, and says how many it shows', async () => {
    const html = formatHtml(report);
    expect(html).not.toMatch(/<(link|img|iframe|object|embed)\b|<[a-z]+[^>]*\ssrc=/i); // nothing to fetch
    expect(html).toMatch(/<meta http-equiv="Content-Security-Policy" content="default-src &#39;none&#39;/);
    const page = await browser().newPage();
    try {
      await page.setContent(html, { waitUntil: 'load' });
      const shown = () => page.evaluate(`[...document.querySelectorAll('li[data-rule]')].filter((el) => !el.hidden).length`) as Promise<number>;
      const status = () => page.$eval('#shown', (el) => el.textContent);
      expect(await shown()).toBe(report.findings.length);

      const rule = report.findings.find((f) => f.outcome === 'fail')!.ruleId;
      await page.select('#f-rule', rule);
      const byRule = report.findings.filter((f) => f.ruleId === rule).length;
      expect(await shown()).toBe(byRule);
      expect(await status()).toBe(`Showing ${byRule} of ${report.findings.length} findings.`);

      const url = report.findings.find((f) => f.ruleId === rule)!.url;
      await page.select('#f-page', url);
      expect(await shown()).toBe(report.findings.filter((f) => f.ruleId === rule && f.url === url).length);

      await page.click('button[type=reset]');
      await page.waitForFunction(`document.getElementById('shown').textContent.startsWith('Showing ${report.findings.length} of')`);
      await page.select('#f-standard', 'wcag:1.1.1');
      expect(await shown()).toBe(report.findings.filter((f) => f.wcag.includes('1.1.1')).length);
      await page.select('#f-standard', '');
      await page.select('#f-severity', 'critical');
      expect(await shown()).toBe(report.findings.filter((f) => f.severity === 'critical').length);
    } finally {
      await page.close();
    }
  });

  it('shows each finding\'s snippet in <code> and its fix', () => {
    const html = formatHtml(report);
    const withHtml = report.findings.find((f) => f.html)!;
    expect(html).toContain(`<pre><code>${withHtml.html!.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;')}</code></pre>`);
    expect(html.split('<dt>What to do</dt>').length - 1).toBe(report.findings.length);
  });
});

describe('JUnit XML', () => {
  it('has a suite per page and a failing testcase for each rule that failed on it', () => {
    const xml = formatJunit(report);
    expect(XMLValidator.validate(xml)).toBe(true);
    const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', isArray: (n) => n === 'testsuite' || n === 'testcase' }).parse(xml);
    const suites = doc.testsuites.testsuite as { name: string; tests: string; failures: string; testcase: { name: string; failure?: unknown; skipped?: unknown }[] }[];
    const audited = report.pages.filter((p) => p.outcome === 'audited').map((p) => p.finalUrl ?? p.url);
    for (const url of audited) expect(suites.map((s) => s.name)).toContain(url);

    const failPairs = new Set(report.findings.filter((f) => f.outcome === 'fail').map((f) => `${f.url} ${f.ruleId}`));
    const failing = suites.flatMap((s) => s.testcase.filter((t) => t.failure !== undefined).map((t) => `${s.name} ${t.name}`));
    expect(new Set(failing)).toEqual(failPairs);
    expect(Number(doc.testsuites.failures)).toBe(failPairs.size);
    for (const s of suites) {
      expect(Number(s.tests)).toBe(s.testcase.length);
      expect(Number(s.failures)).toBe(s.testcase.filter((t) => t.failure !== undefined).length);
    }
    // A rule with only needs-review findings on a page is skipped there, not failed.
    const reviewOnly = [...new Set(report.findings.filter((f) => f.outcome === 'needs-review').map((f) => `${f.url} ${f.ruleId}`))].filter((p) => !failPairs.has(p));
    const skipped = suites.flatMap((s) => s.testcase.filter((t) => t.skipped !== undefined).map((t) => `${s.name} ${t.name}`));
    expect(new Set(skipped)).toEqual(new Set(reviewOnly));
  });
});

describe('SARIF', () => {
  it('validates against the SARIF 2.1.0 schema', () => {
    const validate = sarifValidator();
    expect(validate(JSON.parse(formatSarif(report))), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
  });

  it('gives rules a helpUri and results stable fingerprints and page locations', () => {
    const run = JSON.parse(formatSarif(report)).runs[0];
    for (const rule of run.tool.driver.rules) expect(rule.helpUri).toMatch(/^https:\/\//);
    const axeRule = run.tool.driver.rules.find((r: { id: string }) => r.id === 'axe/image-alt');
    expect(axeRule.helpUri).toBe(report.rules.find((r) => r.id === 'axe/image-alt')!.helpUrl);
    expect(run.results).toHaveLength(report.findings.length);
    run.results.forEach((r: any, i: number) => {
      const f = report.findings[i]!;
      expect(r.ruleId).toBe(f.ruleId);
      expect(run.tool.driver.rules[r.ruleIndex].id).toBe(f.ruleId);
      expect(r.partialFingerprints[FINGERPRINT_KEY]).toBe(f.fingerprint);
      expect(r.locations[0].physicalLocation.artifactLocation.uri).toBe(f.url);
      if (f.selector) expect(r.locations[0].logicalLocations[0].fullyQualifiedName).toBe(f.selector);
      expect(r.kind).toBe(f.outcome === 'fail' ? 'fail' : 'review');
    });
    // Same report, same output: nothing time- or order-dependent sneaks into the fingerprints.
    expect(formatSarif(report)).toBe(formatSarif(structuredClone(report)));
  });
});

describe('Markdown', () => {
  it('puts the most severe findings first', () => {
    const md = formatMarkdown(report);
    const seen = [...md.matchAll(/^\d+\. \*\*(Problem|Check by hand), (\w+):\*\*/gm)].map((m) => ({ outcome: m[1], severity: m[2] as keyof typeof RANK }));
    expect(seen).toHaveLength(report.findings.length);
    for (let i = 1; i < seen.length; i++) {
      const [a, b] = [seen[i - 1]!, seen[i]!];
      if (a.outcome === b.outcome) expect(RANK[a.severity]).toBeLessThanOrEqual(RANK[b.severity]);
      else expect(a.outcome).toBe('Problem');
    }
  });

  it('stays within the size limit and says what it left out', () => {
    const limit = 2500;
    const md = formatMarkdown(report, { maxChars: limit });
    expect(md.length).toBeLessThanOrEqual(limit);
    const shown = [...md.matchAll(/^\d+\. \*\*/gm)].length;
    expect(shown).toBeGreaterThan(0);
    expect(shown).toBeLessThan(report.findings.length);
    const left = report.findings.length - shown;
    expect(md).toContain(`**${left} more finding(s) are not shown here**`);
    expect(md).toContain('| critical |');
  });

  it('keeps to a tiny limit too', () => {
    expect(formatMarkdown(report, { maxChars: 300 }).length).toBeLessThanOrEqual(300);
  });
});

describe('CSV', () => {
  it('has a header and one row per finding', () => {
    const rows = parseCsv(formatCsv(report));
    expect(rows[0]).toEqual(['outcome', 'severity', 'rule', 'page', 'selector', 'element', 'message', 'wcag', 'standards', 'fingerprint']);
    expect(rows.slice(1).map((r) => r[9])).toEqual(report.findings.map((f) => f.fingerprint));
    expect(rows.slice(1).map((r) => r[5])).toEqual(report.findings.map((f) => f.html ?? ''));
  });
});

describe('text', () => {
  it('colours only a terminal without NO_COLOR', () => {
    expect(useColour({ isTTY: true }, {})).toBe(true);
    expect(useColour({ isTTY: false }, {})).toBe(false);
    expect(useColour({ isTTY: true }, { NO_COLOR: '1' })).toBe(false);
    expect(useColour({ isTTY: false }, { FORCE_COLOR: '1' })).toBe(true);
    expect(formatText(report, { colour: true })).toContain('\u001b[');
    expect(formatText(report, { colour: false })).not.toContain('\u001b[');
  });
});
