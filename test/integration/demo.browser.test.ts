// The bundled example site: the audit finds each planted problem, raises no failure on any page
// without one, and the clean variant of the site raises no failure at all.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { audit } from '../../src/audit.js';
import { exampleSiteDir } from '../../src/demo.js';
import type { Report } from '../../src/report.js';
import { useBrowser, useServer } from '../helpers/browser.js';

interface Planted {
  problem: string;
  page: string;
  expect: { ruleId: string };
}
const planted: Planted[] = JSON.parse(readFileSync(join(exampleSiteDir('gp-practice'), 'planted.json'), 'utf8'));
const browser = useBrowser();
const demo = useServer(exampleSiteDir('gp-practice'));
const clean = useServer(exampleSiteDir('gp-practice-clean'));
const path = (url: string) => new URL(url).pathname;

describe('the demo site', () => {
  let report: Report;
  beforeAll(async () => {
    report = await audit({ urls: [`${demo().url}/`], browser: browser(), auditDate: '2026-11-21' });
  }, 120_000);

  it('audits every page of the site', () => {
    expect(report.summary.pages.audited).toBeGreaterThanOrEqual(12);
    expect(report.pages.filter((p) => p.outcome === 'error').map((p) => path(p.url))).toEqual(['/results-guide.html']);
  });

  for (const p of planted) {
    it(`finds the planted problem: ${p.expect.ruleId} on ${p.page}`, () => {
      const rule = report.rules.find((r) => r.id === p.expect.ruleId);
      if (!rule) return expect.fail(`rule ${p.expect.ruleId} is not registered`);
      expect(report.findings.some((f) => f.ruleId === p.expect.ruleId && path(f.url) === p.page)).toBe(true);
    });
  }

  it('raises exactly the planted axe failures', () => {
    const axe = report.findings.filter((f) => f.ruleId.startsWith('axe/') && f.outcome === 'fail').map((f) => `${f.ruleId} ${path(f.url)}`);
    const expected = planted.filter((p) => p.expect.ruleId.startsWith('axe/')).map((p) => `${p.expect.ruleId} ${p.page}`);
    expect(axe.sort()).toEqual(expected.sort());
  });

  it('raises failures only on pages with a planted problem', () => {
    const pages = new Set(planted.map((p) => p.page));
    const stray = report.findings.filter((f) => f.outcome === 'fail' && !pages.has(path(f.url)));
    expect(stray.map((f) => `${f.ruleId} ${path(f.url)} ${f.selector}: ${f.message}`)).toEqual([]);
  });
});

describe('the clean example site', () => {
  it('raises no failures from any rule', async () => {
    const report = await audit({ urls: [`${clean().url}/`], browser: browser(), auditDate: '2026-11-21' });
    expect(report.summary.pages.audited).toBeGreaterThanOrEqual(12);
    expect(report.pages.filter((p) => p.outcome !== 'audited')).toEqual([]);
    const fails = report.findings.filter((f) => f.outcome === 'fail');
    expect(fails.map((f) => `${f.ruleId} ${path(f.url)} ${f.selector}: ${f.message}`)).toEqual([]);
  }, 120_000);
});
