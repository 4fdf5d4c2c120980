// W3C ACT conformance run: audits every W3C ACT rules test case with the real audit, writes an
// EARL implementation report (docs/act/earl.json) and the conformance page (docs/act-conformance.md),
// and prints the false alarms of our rules. Not part of npm test or CI: it takes minutes.
// Usage: npm run act [-- --corpus <folder>] [--out <folder>] [--concurrency 2] [--rule <ACT id>]...
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { ALL_RULES, audit, launchBrowser, serveFolders, wcagCriterion } from '../dist/index.js';
import { loadCorpus } from './act/corpus.mjs';
import { earlReport, formatEarl } from './act/earl.mjs';
import { conformanceMarkdown } from './act/markdown.mjs';
import { auditCorpus } from './act/run.mjs';
import { analyse, levelTotals } from './act/scoring.mjs';

const repo = fileURLToPath(new URL('..', import.meta.url));
const { values: args } = parseArgs({
  options: {
    corpus: { type: 'string', default: resolve(repo, '../shared/corpora/act') },
    out: { type: 'string' },
    concurrency: { type: 'string', default: '2' },
    rule: { type: 'string', multiple: true },
  },
});

let corpus;
try {
  corpus = loadCorpus(args.corpus);
} catch (err) {
  console.error(err.message);
  process.exit(2);
}
const cases = args.rule ? corpus.cases.filter((c) => args.rule.includes(c.ruleId)) : corpus.cases;
if (cases.length === 0) {
  console.error(`No test cases for ACT rule(s) ${args.rule.join(', ')}.`);
  process.exit(2);
}
// A partial run does not overwrite the published page unless asked to.
const outDir = args.out ? resolve(args.out) : args.rule ? null : join(repo, 'docs');

const started = Date.now();
const { browser, close } = await launchBrowser();
let located;
let report;
try {
  let last = 0;
  ({ cases: located, report } = await auditCorpus({
    root: corpus.root,
    cases,
    audit,
    serveFolders,
    browser,
    rules: ALL_RULES.map((r) => r.meta),
    concurrency: Number(args.concurrency),
    onProgress: (p) => {
      if (p.done - last >= 50 || p.queued === 0) {
        last = p.done;
        process.stderr.write(`  ${p.done} of ${cases.length} pages, ${p.errors} errors, ${((Date.now() - started) / 1000).toFixed(0)} s\n`);
      }
    },
  }));
} finally {
  await close();
}
const seconds = (Date.now() - started) / 1000;

const enabled = new Set(report.rules.filter((r) => r.scope === 'page').map((r) => r.id));
const rules = ALL_RULES.filter((r) => enabled.has(r.meta.id)).map((r) => r.meta);
const { results, assertions, rows, counts, otherFails } = analyse({ cases: located, report, rules });
const totals = { ours: levelTotals(rows, (r) => r.ours), own: levelTotals(rows, (r) => r.own), axe: levelTotals(rows, (r) => r.axe) };
const ownAlarms = rows.flatMap((r) => r.ownFalseAlarms);
const axeAlarms = rows.flatMap((r) => r.axeFalseAlarms);
const caseKey = (a) => `${a.actRuleId}/${a.testcaseId}`;

if (outDir) {
  const earl = earlReport({
    assertedBy: `https://www.npmjs.com/package/inclusive-audit/v/${report.tool.version}`,
    procedures: rules.map((r) => ({ id: r.id, url: r.helpUrl, act: r.act, wcagSlugs: r.wcag.map((sc) => wcagCriterion(sc)?.slug).filter(Boolean) })),
    // Our own rules on every case they speak to; axe-core rules where axe-core maps them (its
    // other rules on the same criteria are scored above but would triple the file).
    assertions: assertions.filter((a) => a.mapped || !a.ruleId.startsWith('axe/')),
  });
  const md = conformanceMarkdown({
    rows,
    totals,
    ownFalseAlarmCases: new Set(ownAlarms.map(caseKey)).size,
    axeFalseAlarmCases: new Set(axeAlarms.map(caseKey)).size,
    meta: {
      date: new Date().toISOString().slice(0, 10),
      version: report.tool.version,
      axeVersion: report.tool.axeVersion,
      cases: located.length,
      audited: report.summary.pages.audited,
      duration: `${(seconds / 60).toFixed(1)} minutes`,
    },
  });
  writeWhole(join(outDir, 'act', 'earl.json'), formatEarl(earl));
  writeWhole(join(outDir, 'act-conformance.md'), md);
}

// The summary.
const line = (s = '') => console.log(s);
line(`inclusive-audit ${report.tool.version}, axe-core ${report.tool.axeVersion}: ${located.length} ACT test cases of ${rows.length} ACT rules`);
const status = (s) => results.filter((r) => r.status === s).length;
line(`pages audited ${status('audited')}, not HTML (reported inapplicable) ${status('not-html')}, untested ${status('untested')}`);
for (const r of results.filter((x) => x.status === 'untested')) line(`  untested ${r.case.ruleId}/${r.case.testcaseId}: ${r.reason}`);
line(`time: ${seconds.toFixed(0)} s (${(report.summary.pages.audited / seconds).toFixed(2)} pages/s, concurrency ${args.concurrency})`);
line();
for (const [label, t] of [['inclusive-audit', totals.ours], ['own rules alone', totals.own], ['axe-core rules alone', totals.axe]]) {
  for (const kind of ['approved', 'proposed']) {
    const x = t[kind];
    line(`${label.padEnd(21)} ${kind.padEnd(8)} complete ${x.complete}, partial ${x.partial}, minimal ${x.minimal}, inconsistent ${x.inconsistent}, untested ${x.untested}`);
  }
}
line();
line('Per rule (assertions on test cases of ACT rules it is mapped to or shares a WCAG criterion with):');
line(`${'rule'.padEnd(36)} ${'act'.padEnd(16)} passed failed(true/false) inapplicable cantTell untested`);
const ordered = [...counts.entries()].sort(([a], [b]) => Number(a.startsWith('axe/')) - Number(b.startsWith('axe/')) || a.localeCompare(b));
for (const [id, c] of ordered) {
  const act = (rules.find((r) => r.id === id)?.act ?? []).join(',') || '-';
  line(`${id.padEnd(36)} ${act.padEnd(16)} ${String(c.passed).padStart(6)} ${String(c.failed).padStart(6)}(${c.truePositives}/${c.falsePositives}) ${String(c.inapplicable).padStart(12)} ${String(c.cantTell).padStart(8)} ${String(c.untested).padStart(8)}`);
}
for (const [label, alarms] of [['OWN rules', ownAlarms], ['axe-core rules', axeAlarms]]) {
  line();
  line(`${label}: fail on passed/inapplicable cases (same criterion or mapped): ${new Set(alarms.map(caseKey)).size} cases, ${alarms.length} findings`);
  const byRule = new Map();
  for (const a of alarms) byRule.set(a.ruleId, [...(byRule.get(a.ruleId) ?? []), a]);
  for (const [id, list] of byRule) {
    line(`  ${id}: ${list.length}`);
    for (const a of list) line(`    ${caseKey(a)} (${a.expected}) ${a.source}`);
  }
}
line();
line('Own rules failing passed/inapplicable cases of ACT rules about other criteria (context, not the bar):');
for (const [id, n] of [...otherFails.entries()].sort((a, b) => b[1] - a[1])) line(`  ${id}: ${n}`);
if (outDir) line(`\nWrote ${join(outDir, 'act', 'earl.json')} and ${join(outDir, 'act-conformance.md')}`);

function writeWhole(path, content) {
  mkdirSync(dirname(path), { recursive: true });
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, content);
  renameSync(tmp, path);
}
