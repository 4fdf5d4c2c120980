// JUnit XML for CI dashboards (Jenkins, GitLab, Azure DevOps, Bitbucket, CircleCI).
// One <testsuite> per page, because people fix pages: the dashboard then reads "page X failed
// 3 checks". Each rule that applied to the page is a <testcase>: fail findings give a <failure>,
// needs-review findings alone give <skipped> (a person must look), a rule error gives <error>.
// Inapplicable rules are left out: nothing was tested.
import type { Finding } from '../findings.js';
import type { Report } from '../report.js';
import { OUTCOME_LABEL, pathOf } from './shared.js';

/** Characters XML 1.0 forbids (control characters, lone surrogates, U+FFFE/FFFF) are dropped. */
export function xmlSafe(s: string): string {
  return s.replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '');
}

/** Escape for text and attribute values alike; line breaks in attributes survive as references. */
export function xmlEscape(s: string): string {
  return xmlSafe(s)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
    .replace(/\t/g, '&#9;')
    .replace(/\n/g, '&#10;')
    .replace(/\r/g, '&#13;');
}

/** Text content keeps its line breaks. */
const xmlText = (s: string) => xmlSafe(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const attrs = (a: Record<string, string | number>) =>
  Object.entries(a)
    .map(([k, v]) => ` ${k}="${xmlEscape(String(v))}"`)
    .join('');

interface Case {
  ruleId: string;
  outcome: 'pass' | 'fail' | 'needs-review' | 'error';
  error?: string;
  findings: Finding[];
}

export function formatJunit(report: Report): string {
  const rules = new Map(report.rules.map((r) => [r.id, r]));
  const suites = new Map<string, Map<string, Case>>();
  const suite = (url: string) => suites.get(url) ?? suites.set(url, new Map()).get(url)!;
  for (const p of report.pages) if (p.outcome === 'audited') suite(p.finalUrl ?? p.url);

  // Page rules: one outcome per page. Site rules run once; they count on each page they flag.
  const siteOutcome = new Map<string, Case>();
  for (const o of report.outcomes) {
    if (o.outcome === 'inapplicable') continue;
    const c: Case = { ruleId: o.ruleId, outcome: o.outcome, error: o.error, findings: [] };
    if (rules.get(o.ruleId)?.scope === 'site') siteOutcome.set(o.ruleId, c);
    else suite(o.url).set(o.ruleId, c);
  }
  for (const f of report.findings) {
    const cases = suite(f.url);
    const c = cases.get(f.ruleId) ?? cases.set(f.ruleId, { ruleId: f.ruleId, outcome: 'pass', findings: [] }).get(f.ruleId)!;
    c.findings.push(f);
    c.outcome = c.findings.some((x) => x.outcome === 'fail') ? 'fail' : 'needs-review';
  }
  // A site rule that ran and flagged nothing on a page passed there; one that errored errored everywhere.
  for (const cases of suites.values()) {
    for (const [ruleId, c] of siteOutcome) {
      if (cases.has(ruleId)) continue;
      cases.set(ruleId, c.outcome === 'error' ? { ...c, findings: [] } : { ruleId, outcome: 'pass', findings: [] });
    }
  }

  const lines = ['<?xml version="1.0" encoding="UTF-8"?>'];
  const all = [...suites].map(([url, cases]) => ({ url, cases: [...cases.values()].sort((a, b) => a.ruleId.localeCompare(b.ruleId)) }));
  const count = (k: Case['outcome']) => all.reduce((n, s) => n + s.cases.filter((c) => c.outcome === k).length, 0);
  const tests = all.reduce((n, s) => n + s.cases.length, 0);
  const broken = report.pages.filter((p) => p.outcome === 'error');
  lines.push(
    `<testsuites${attrs({ name: `inclusive-audit ${report.startUrl}`, tests: tests + broken.length, failures: count('fail'), errors: count('error') + broken.length, skipped: count('needs-review'), time: secs(report.durationMs), timestamp: report.startedAt })}>`,
  );
  for (const s of all) {
    const page = report.pages.find((p) => (p.finalUrl ?? p.url) === s.url);
    lines.push(
      `  <testsuite${attrs({ name: s.url, tests: s.cases.length, failures: s.cases.filter((c) => c.outcome === 'fail').length, errors: s.cases.filter((c) => c.outcome === 'error').length, skipped: s.cases.filter((c) => c.outcome === 'needs-review').length, time: secs(page?.durationMs ?? 0), timestamp: report.startedAt })}>`,
    );
    for (const c of s.cases) lines.push(...testcase(c, s.url, rules.get(c.ruleId)?.failureTitle));
    lines.push('  </testsuite>');
  }
  // Pages that could not be audited are errors: no rule could judge them.
  for (const p of broken) {
    lines.push(`  <testsuite${attrs({ name: p.url, tests: 1, failures: 0, errors: 1, skipped: 0, time: secs(p.durationMs ?? 0), timestamp: report.startedAt })}>`);
    lines.push(`    <testcase${attrs({ name: 'page could be audited', classname: classname(p.url) })}>`);
    lines.push(`      <error${attrs({ message: p.error ?? 'The page could not be audited.', type: 'page-error' })}/>`);
    lines.push('    </testcase>', '  </testsuite>');
  }
  lines.push('</testsuites>');
  return `${lines.join('\n')}\n`;
}

function testcase(c: Case, url: string, failureTitle: string | undefined): string[] {
  const open = `    <testcase${attrs({ name: c.ruleId, classname: classname(url) })}`;
  if (c.outcome === 'pass') return [`${open}/>`];
  const out = [`${open}>`];
  const fails = c.findings.filter((f) => f.outcome === 'fail');
  const reviews = c.findings.filter((f) => f.outcome === 'needs-review');
  if (c.outcome === 'error') out.push(`      <error${attrs({ message: c.error ?? 'The rule could not run.', type: 'rule-error' })}/>`);
  if (fails.length) {
    const message = `${(failureTitle ?? c.ruleId).replace(/\.$/, '')} (${fails.length} problem(s))`;
    out.push(`      <failure${attrs({ message, type: fails[0]!.severity })}>${xmlText(describe(fails))}</failure>`);
  } else if (reviews.length) {
    out.push(`      <skipped${attrs({ message: `${reviews.length} thing(s) to check by hand` })}/>`);
  }
  if (reviews.length) out.push(`      <system-out>${xmlText(describe(reviews))}</system-out>`);
  out.push('    </testcase>');
  return out;
}

function describe(findings: Finding[]): string {
  return findings
    .map((f) => [`${OUTCOME_LABEL[f.outcome]} [${f.severity}] ${f.url}`, f.selector && `Element: ${f.selector}`, f.html && `Snippet: ${f.html}`, `Fix: ${f.message}`].filter(Boolean).join('\n'))
    .join('\n\n');
}

/** Dashboards group by classname: the page path reads well there. */
const classname = (url: string) => `inclusive-audit.${pathOf(url)}`;
const secs = (ms: number) => (ms / 1000).toFixed(3);
