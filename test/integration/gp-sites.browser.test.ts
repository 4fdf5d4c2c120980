// Real crawls of the GP fixture sites with the statement, AIS, GP and trust rules: the good sites
// give no fails, each variant gives the fails it was built for, and the scorecard reads right.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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

async function auditFixture(name: string, dir: string, start = '/'): Promise<void> {
  const server = await serveDirectory(join(FIXTURES, dir));
  try {
    const report = await audit({ urls: [new URL(start, server.url).toString()], rules: RULES, auditDate: '2026-11-21', concurrency: 2, maxPages: 20 });
    reports.set(name, { report, origin: server.url.replace(/\/$/, '') });
  } finally {
    await server.close();
  }
}

const fails = (name: string) => {
  const { report, origin } = reports.get(name)!;
  return report.findings.filter((f) => f.outcome === 'fail').map((f) => `${f.ruleId} ${f.messageId} ${f.url.replace(origin, '')} ${f.selector ?? ''}`.trim());
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
}, 150_000);

describe('GP fixture sites', () => {
  it('debug', () => {
    for (const [name, { report, origin }] of reports) {
      console.log(name, report.findings.map((f) => `${f.outcome} ${f.ruleId} ${f.messageId} ${f.url.replace(origin, '')} ${f.selector ?? ''} :: ${f.message}`).join('\n'));
      console.log(name, 'errors', report.outcomes.filter((o) => o.outcome === 'error').map((o) => `${o.ruleId} ${o.error}`));
    }
  });
});
