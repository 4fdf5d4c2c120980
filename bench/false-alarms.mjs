// False-alarm bench: audits pages that should pass, and prints per rule how many `fail` and
// `needs-review` findings they get, with the element of every fail.
//   1. fixtures/sites/gp-practice-clean, crawled from its home page, every rule on.
//   2. The pages built from the real NHS.UK frontend (fixtures/sites/nhsuk-frontend), page rules
//      only: the site rules judge a practice's content (opening hours, complaints, a statement),
//      which a set of component pages does not try to have.
// Every page gets the keyboard walk and the zoom and reflow checks (sampleInteractive 0).
// Usage: npm run false-alarms   (or: npm run build && node bench/false-alarms.mjs)
import { fileURLToPath } from 'node:url';
import { ALL_RULES, audit, launchBrowser, serveDirectory, serveFolders } from '../dist/index.js';
import { NHSUK_FRONTEND_VERSION, NHSUK_PAGES, nhsukMounts } from '../fixtures/nhsuk-frontend/build.mjs';

const clean = fileURLToPath(new URL('../fixtures/sites/gp-practice-clean', import.meta.url));
const siteRulesOff = Object.fromEntries(ALL_RULES.filter((r) => r.meta.scope === 'site').map((r) => [r.meta.id, 'off']));

const { browser, close } = await launchBrowser();
const started = Date.now();
try {
  const cleanServer = await serveDirectory(clean);
  try {
    const report = await audit({ urls: [`${cleanServer.url}/`], sampleInteractive: 0, browser });
    print('gp-practice-clean (crawled from /, all rules)', report, cleanServer.url);
  } finally {
    await cleanServer.close();
  }
  const nhsServer = await serveFolders(nhsukMounts());
  try {
    const urls = NHSUK_PAGES.map((p) => `${nhsServer.url}/${p}`);
    const report = await audit({ urls, crawl: false, sampleInteractive: 0, rules: siteRulesOff, browser });
    print(`NHS.UK frontend ${NHSUK_FRONTEND_VERSION} fixture pages (${NHSUK_PAGES.length} pages, page rules)`, report, nhsServer.url);
  } finally {
    await nhsServer.close();
  }
} finally {
  await close();
}
console.log(`\ntime: ${((Date.now() - started) / 1000).toFixed(0)} s`);

function print(title, report, base) {
  const { audited, error } = report.summary.pages;
  console.log(`\n== ${title}: ${audited} pages audited, ${error} errors ==`);
  console.log(`findings: ${report.summary.findings.fail} fail, ${report.summary.findings.needsReview} needs-review`);
  const byRule = new Map();
  for (const f of report.findings) {
    const r = byRule.get(f.ruleId) ?? { fail: [], review: 0 };
    if (f.outcome === 'fail') r.fail.push(f);
    else r.review++;
    byRule.set(f.ruleId, r);
  }
  for (const [label, own] of [['own rules', true], ['axe-core rules', false]]) {
    const rows = [...byRule.entries()].filter(([id]) => id.startsWith('axe/') !== own).sort(([a], [b]) => a.localeCompare(b));
    const fails = rows.reduce((n, [, r]) => n + r.fail.length, 0);
    const reviews = rows.reduce((n, [, r]) => n + r.review, 0);
    console.log(`\n${label}: ${fails} fail, ${reviews} needs-review`);
    console.log(`  ${'rule'.padEnd(34)} ${'fail'.padStart(5)} ${'needs-review'.padStart(13)}`);
    for (const [id, r] of rows) console.log(`  ${id.padEnd(34)} ${String(r.fail.length).padStart(5)} ${String(r.review).padStart(13)}`);
    for (const [id, r] of rows) {
      for (const f of r.fail) console.log(`    fail ${id} ${f.url.replace(base, '') || '/'} ${f.selector ?? '(page)'}`);
    }
  }
  const errors = report.outcomes.filter((o) => o.outcome === 'error');
  if (errors.length) {
    console.log(`\nrule errors: ${errors.length}`);
    for (const e of errors) console.log(`  ${e.ruleId} ${e.url.replace(base, '')}: ${e.error}`);
  }
}
