// Real crawls of the GP fixture sites with the statement, AIS, GP and trust rules: the good sites
// give no fails, each variant gives the fails it was built for, and the scorecard reads right.
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ALL_RULES } from '../../rules/index.js';
import { aisRules } from '../../rules/ais/index.js';
import { gpRules } from '../../rules/gp/index.js';
import { statementRules } from '../../rules/statement/index.js';
import { trustRules } from '../../rules/trust/index.js';
import { audit } from '../../src/audit.js';
import type { Report } from '../../src/report.js';
import { serveDirectory } from '../../src/serve.js';

const FIXTURES = join(import.meta.dirname, '..', '..', 'fixtures');
const OURS = new Set([...statementRules, ...aisRules, ...gpRules, ...trustRules].map((r) => r.meta.id));
/** Only our rules run: every other rule (axe included) is off, for speed. */
const RULES = Object.fromEntries(ALL_RULES.filter((r) => !OURS.has(r.meta.id)).map((r) => [r.meta.id, 'off' as const]));

const reports = new Map<string, { report: Report; origin: string }>();

async function auditFixture(name: string, dir: string, start = '/', maxPages = 20): Promise<void> {
  const server = await serveDirectory(join(FIXTURES, dir));
  try {
    const report = await audit({ urls: [new URL(start, server.url).toString()], rules: RULES, auditDate: '2026-11-21', concurrency: 2, maxPages });
    reports.set(name, { report, origin: server.url.replace(/\/$/, '') });
  } finally {
    await server.close();
  }
}

const fails = (name: string) => {
  const { report, origin } = reports.get(name)!;
  return report.findings.filter((f) => f.outcome === 'fail').map((f) => `${f.ruleId} ${f.messageId} ${f.url.replace(origin, '')} ${f.selector ?? ''}`.trim()).sort();
};
const status = (name: string, id: string) => reports.get(name)!.report.scorecard.find((e) => e.id === id)?.status;

beforeAll(async () => {
  // One at a time: each audit launches its own browser, so cookies never leak between sites.
  await auditFixture('clean', 'sites/gp-practice-clean');
  await auditFixture('nhsuk', 'pages/nhsuk-style', '/index.html');
  await auditFixture('phone-only', 'sites/gp-phone-only');
  await auditFixture('statement-gaps', 'sites/gp-statement-gaps');
  await auditFixture('tracker', 'sites/gp-tracker');
  await auditFixture('demo', 'sites/gp-practice');
  await auditFixture('furniture', 'sites/gp-furniture', '/', 1);
}, 180_000);

describe('GP fixture sites, crawled in Chromium', () => {
  it('the clean site and the NHS.UK-style page give no fails and no errors', () => {
    expect(fails('clean')).toEqual([]);
    expect(fails('nhsuk')).toEqual([]);
    for (const name of ['clean', 'nhsuk']) expect(reports.get(name)!.report.outcomes.filter((o) => o.outcome === 'error')).toEqual([]);
  });

  it('the clean site gives evidence, not just silence', () => {
    const { report } = reports.get('clean')!;
    const passed = (id: string) => report.outcomes.some((o) => o.ruleId === id && o.outcome === 'pass');
    for (const id of ['statement-enforcement', 'ais-non-phone-contact', 'gp-top-tasks', 'gp-navigation', 'gp-contact-details', 'trust-trackers-before-consent', 'trust-cookies-before-consent']) expect(passed(id), id).toBe(true);
  });

  it('the phone-only site fails on contact routes', () => {
    expect(fails('phone-only')).toEqual([
      'statement-contact phoneOnly /accessibility-statement.html',
      'ais-communication-needs-route noRoute /',
      'ais-non-phone-contact phoneOnly /contact.html',
      'gp-online-services missingOnlineRequest /',
      'ais-complaints-channels oneChannel /contact.html #complaints',
    ].sort());
  });

  it('the statement-gaps site fails each missing statement section', () => {
    expect(fails('statement-gaps')).toEqual([
      'statement-contact missingContact /accessibility-statement.html',
      'statement-enforcement missingEnforcement /accessibility-statement.html',
      'statement-linked missingLink /about.html',
      'statement-non-accessible nothingListed /accessibility-statement.html',
      'statement-review-date staleDate /accessibility-statement.html',
      'statement-scope missingScope /accessibility-statement.html',
    ].sort());
    const review = reports.get('statement-gaps')!.report.findings.filter((f) => f.outcome === 'needs-review').map((f) => f.messageId);
    expect(review).toContain('oldVersion');
  });

  it('the tracker site fails on the Google request (which failed offline) and the _ga cookie', () => {
    const { report } = reports.get('tracker')!;
    const gtm = report.pages.length > 0 && report.findings.find((f) => f.ruleId === 'trust-trackers-before-consent');
    expect(gtm && gtm.data).toMatchObject({ host: 'www.googletagmanager.com' });
    expect(fails('tracker')).toEqual(['trust-cookies-before-consent cookieBeforeConsent /', 'trust-trackers-before-consent trackerRequested / html > head > script:nth-of-type(1)'].sort());
  });

  it('the demo site only fails the planted PDF-only registration form', () => {
    expect(fails('demo')).toEqual(['gp-pdf-only-task pdfOnly /register.html #maincontent > p:nth-of-type(5) > a']);
  });

  it('the furniture page fails on its pop-up, overlay widget, menu, top tasks and hours image', () => {
    // A one-page site also lacks urgent care, registration and so on: only the planted rules are asserted here.
    const planted = /^(gp-contact-details|gp-navigation|gp-no-overlay-widgets|gp-no-popups|gp-top-tasks) /;
    expect(fails('furniture').filter((f) => planted.test(f))).toEqual([
      'gp-contact-details hoursImageOnly / html > body > main > img',
      'gp-navigation menuLabel / html > body > header > button',
      'gp-navigation noSearch /',
      'gp-navigation subMenus / #main-nav > ul > li:nth-of-type(3) > ul',
      'gp-navigation tooManyItems / #main-nav',
      'gp-no-overlay-widgets overlay / html > head > script',
      'gp-no-popups popup / #flu-popup',
      'gp-top-tasks missingTasks /',
    ].sort());
  });

  it('the scorecard reads right for statement, AIS, GP and service standard items', () => {
    expect(status('clean', 'psbar:reg8-4d')).toBe('supports');
    expect(status('statement-gaps', 'psbar:reg8-4d')).toBe('concerns');
    expect(status('statement-gaps', 'psbar:reg8-review')).toBe('concerns');
    expect(status('phone-only', 'psbar:reg8-4d')).toBe('supports');
    expect(status('clean', 'ais:identify')).toBe('supports');
    expect(status('phone-only', 'ais:identify')).toBe('concerns');
    expect(status('clean', 'ais:record')).toBe('not-testable');
    expect(status('clean', 'ais:flag')).toBe('not-testable');
    expect(status('tracker', 'nhs-service-standard:9')).toBe('concerns');
    expect(status('clean', 'nhs-service-standard:9')).toBe('supports');
    expect(status('furniture', 'gp-website:no-popups')).toBe('concerns');
    expect(status('clean', 'gp-website:urgent-care')).toBe('supports');
  });
});
