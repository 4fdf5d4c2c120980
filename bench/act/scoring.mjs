// Pure functions that turn an audit report of the ACT test cases into per-case outcomes, and score
// each ACT rule as the W3C tooling (act-rules/act-tools, src/map-implementation) does.

/** Our rule outcomes as EARL outcomes. needs-review means a person must look: cantTell. */
const EARL_OUTCOME = { fail: 'failed', 'needs-review': 'cantTell', pass: 'passed', inapplicable: 'inapplicable', error: 'untested' };

/** @param {string | undefined} outcome */
export function earlOutcome(outcome) {
  return (outcome && EARL_OUTCOME[outcome]) ?? 'untested';
}

/**
 * What the audit said about each test case: the page's fate, and each rule's outcome on it.
 * @param {import('./scoring.d.mts').CaseInput[]} cases each with the local url it was audited at
 * @param {import('./scoring.d.mts').ReportInput} report
 * @returns {import('./scoring.d.mts').CaseResult[]}
 */
export function caseResults(cases, report) {
  const pages = new Map(report.pages.map((p) => [p.url, p]));
  const documents = new Set(report.documents.map((d) => d.url));
  const byUrl = new Map();
  for (const o of report.outcomes) {
    if (!byUrl.has(o.url)) byUrl.set(o.url, new Map());
    byUrl.get(o.url).set(o.ruleId, o.outcome);
  }
  return cases.map((c) => {
    if (documents.has(c.url)) {
      return { case: c, status: 'not-html', reason: 'Not an HTML page: the audit lists it as a document and runs no page rules on it.', outcomes: new Map() };
    }
    const page = pages.get(c.url);
    if (!page) return { case: c, status: 'untested', reason: 'The audit has no record of this page.', outcomes: new Map() };
    if (page.outcome !== 'audited') return { case: c, status: 'untested', reason: page.error ?? `The page was ${page.outcome}.`, outcomes: new Map() };
    return { case: c, status: 'audited', reason: null, outcomes: byUrl.get(page.finalUrl ?? page.url) ?? new Map() };
  });
}

/**
 * Does a rule speak to this test case? It does when it is mapped to the case's ACT rule, or when
 * it checks one of the case's WCAG criteria (so its false alarms there count).
 */
export function isRelevant(rule, actCase) {
  return (rule.act ?? []).includes(actCase.ruleId) || rule.wcag.some((sc) => actCase.wcag.includes(sc));
}

/**
 * One EARL-ready assertion per relevant rule and test case.
 * @param {import('./scoring.d.mts').CaseResult[]} results
 * @param {import('./scoring.d.mts').RuleInput[]} rules the enabled page rules
 * @returns {import('./scoring.d.mts').Assertion[]}
 */
export function assertionsFrom(results, rules) {
  const out = [];
  for (const r of results) {
    for (const rule of rules) {
      if (!isRelevant(rule, r.case)) continue;
      const outcome = r.status === 'not-html' ? 'inapplicable' : r.status === 'audited' ? earlOutcome(r.outcomes.get(rule.id)) : 'untested';
      out.push({ ruleId: rule.id, actRuleId: r.case.ruleId, testcaseId: r.case.testcaseId, source: r.case.source, expected: r.case.expected, outcome, mapped: (rule.act ?? []).includes(r.case.ruleId) });
    }
  }
  return out;
}

/**
 * Each test case of one ACT rule with the outcomes one procedure (or a set of them) gave it;
 * a case with none is "untested", as in act-tools' getTestResult.
 * @param {import('./scoring.d.mts').CaseInput[]} ruleCases
 * @param {import('./scoring.d.mts').Assertion[]} assertions
 */
export function testResults(ruleCases, assertions) {
  return ruleCases.map((c) => {
    const outcomes = assertions.filter((a) => a.testcaseId === c.testcaseId && a.actRuleId === c.ruleId).map((a) => a.outcome);
    return { testcaseId: c.testcaseId, expected: c.expected, approved: c.approvedTestcase, outcomes: outcomes.length ? outcomes : ['untested'] };
  });
}

const isFalsePositive = (t) => (t.expected === 'passed' || t.expected === 'inapplicable') && t.outcomes.includes('failed');
const isTruePositive = (t) => t.expected === 'failed' && t.outcomes.includes('failed');
const isFalseNegative = (t) => t.expected === 'failed' && t.outcomes.every((o) => ['passed', 'inapplicable', 'untested'].includes(o));
const isUntested = (t) => t.outcomes.includes('untested');

/**
 * act-tools' getConsistency: complete, partial, minimal, or null. Null covers both a false
 * positive and "caught no failed example"; consistencyLevel() tells them apart.
 * @param {import('./scoring.d.mts').TestResult[]} results
 */
export function actToolsConsistency(results) {
  if (results.some(isFalsePositive)) return null;
  const truePositive = results.some(isTruePositive);
  if (truePositive && !results.some(isUntested) && !results.some(isFalseNegative)) return 'complete';
  if (truePositive) return 'partial';
  const inapplicableAllNegative = results.every((t) => t.expected !== 'inapplicable' || t.outcomes.every((o) => o === 'passed' || o === 'inapplicable'));
  if (results.some((t) => t.outcomes.includes('cantTell')) && inapplicableAllNegative) return 'minimal';
  return null;
}

/** act-tools' getCoverage: approved test cases only when there are any. */
export function coverage(results) {
  const counted = results.some((t) => t.approved) ? results.filter((t) => t.approved) : results;
  let covered = 0;
  let untested = 0;
  let cantTell = 0;
  for (const t of counted) {
    if (isUntested(t)) untested++;
    else if (t.outcomes.includes('cantTell')) cantTell++;
    else if (isTruePositive(t) || ((t.expected === 'passed' || t.expected === 'inapplicable') && t.outcomes.every((o) => o === 'passed' || o === 'inapplicable'))) covered++;
  }
  return { covered, untested, cantTell, testCaseTotal: counted.length };
}

const LEVELS = ['complete', 'partial', 'minimal', null];

/**
 * Score one ACT rule for a set of mapped procedures, as act-tools' findProcedureSet does: score
 * each procedure, keep those at the best level, and when they are partial, see whether together
 * they are complete. The result names the level in the W3C's terms: complete, partial, minimal,
 * inconsistent (a procedure reported failed on a passed or inapplicable case, or none caught a
 * failed case), or untested (no procedure gave an outcome).
 * @param {import('./scoring.d.mts').CaseInput[]} ruleCases
 * @param {import('./scoring.d.mts').Assertion[]} assertions
 * @param {string[]} procedures rule ids mapped to this ACT rule
 */
export function scoreActRule(ruleCases, assertions, procedures) {
  const scored = procedures
    .map((p) => {
      const results = testResults(ruleCases, assertions.filter((a) => a.ruleId === p));
      return { procedure: p, results, level: actToolsConsistency(results), coverage: coverage(results), tested: results.some((t) => !isUntested(t)) };
    })
    .filter((s) => s.tested);
  if (scored.length === 0) return { consistency: 'untested', procedures: [], coverage: null, falsePositives: [] };
  const best = scored.reduce((lvl, s) => (LEVELS.indexOf(s.level) < LEVELS.indexOf(lvl) ? s.level : lvl), null);
  const set = scored.filter((s) => s.level === best).sort((a, b) => b.coverage.covered - a.coverage.covered);
  // As act-tools' combineProcedureSet: each case gets every outcome of every procedure in the set.
  const combined = set[0].results.map((t, i) => ({ ...t, outcomes: set.flatMap((s) => s.results[i].outcomes) }));
  const level = best === 'partial' ? actToolsConsistency(combined) : best;
  const falsePositives = [...new Set(scored.flatMap((s) => s.results.filter(isFalsePositive).map((t) => `${s.procedure} ${t.testcaseId}`)))];
  return { consistency: level ?? 'inconsistent', procedures: set.map((s) => s.procedure), coverage: coverage(combined), falsePositives };
}

/**
 * Passed and inapplicable test cases that a rule reported failed: the false alarms.
 * @param {import('./scoring.d.mts').Assertion[]} assertions
 * @returns {Map<string, import('./scoring.d.mts').Assertion[]>} by rule id
 */
export function falseAlarms(assertions) {
  const out = new Map();
  for (const a of assertions) {
    if (a.outcome !== 'failed' || a.expected === 'failed') continue;
    if (!out.has(a.ruleId)) out.set(a.ruleId, []);
    out.get(a.ruleId).push(a);
  }
  return out;
}

/** Counts of each EARL outcome per rule, with true and false positives. */
export function outcomeCounts(assertions) {
  const out = new Map();
  for (const a of assertions) {
    const c = out.get(a.ruleId) ?? { passed: 0, failed: 0, inapplicable: 0, cantTell: 0, untested: 0, truePositives: 0, falsePositives: 0, missed: 0 };
    c[a.outcome]++;
    if (a.outcome === 'failed') c[a.expected === 'failed' ? 'truePositives' : 'falsePositives']++;
    else if (a.expected === 'failed' && a.mapped && a.outcome !== 'cantTell') c.missed++;
    out.set(a.ruleId, c);
  }
  return out;
}

const isOwn = (ruleId) => !ruleId.startsWith('axe/');

/**
 * Everything the conformance page and the summary need, from the audit of the test cases.
 * @param {import('./scoring.d.mts').AnalyseInput} input
 */
export function analyse({ cases, report, rules }) {
  const results = caseResults(cases, report);
  const assertions = assertionsFrom(results, rules);
  const byActRule = groupBy(assertions, (a) => a.actRuleId);
  const casesByRule = groupBy(cases, (c) => c.ruleId);
  const rows = [...casesByRule.entries()].map(([actRuleId, ruleCases]) => {
    const ruleAssertions = byActRule.get(actRuleId) ?? [];
    const mapped = rules.filter((r) => (r.act ?? []).includes(actRuleId)).map((r) => r.id);
    const mappedOwn = mapped.filter(isOwn);
    const mappedAxe = mapped.filter((id) => !isOwn(id));
    const ruleResults = results.filter((r) => r.case.ruleId === actRuleId);
    const alarms = [...falseAlarms(ruleAssertions).values()].flat();
    const first = ruleCases[0];
    return {
      actRuleId,
      name: first.ruleName,
      approved: first.ruleApproved,
      counts: countBy(ruleCases, (c) => c.expected),
      notHtml: ruleResults.filter((r) => r.status === 'not-html').length,
      untested: ruleResults.filter((r) => r.status === 'untested').map((r) => ({ testcaseId: r.case.testcaseId, reason: r.reason })),
      mappedOwn,
      mappedAxe,
      publishedAxe: { rules: first.axeRules ?? [], consistency: first.publishedAxeConsistency ?? null },
      ours: scoreActRule(ruleCases, ruleAssertions, mapped),
      own: scoreActRule(ruleCases, ruleAssertions, mappedOwn),
      axe: scoreActRule(ruleCases, ruleAssertions, mappedAxe),
      ownFalseAlarms: alarms.filter((a) => isOwn(a.ruleId)),
      axeFalseAlarms: alarms.filter((a) => !isOwn(a.ruleId)),
    };
  });
  rows.sort((a, b) => Number(b.approved) - Number(a.approved) || a.name.localeCompare(b.name));
  // Fails of our own rules on passed or inapplicable cases of ACT rules about other criteria:
  // not the bar (the page may well fail another criterion), but worth knowing.
  const otherFails = new Map();
  for (const r of results) {
    if (r.case.expected === 'failed') continue;
    for (const rule of rules) {
      if (!isOwn(rule.id) || isRelevant(rule, r.case) || r.outcomes.get(rule.id) !== 'fail') continue;
      otherFails.set(rule.id, (otherFails.get(rule.id) ?? 0) + 1);
    }
  }
  return { results, assertions, rows, counts: outcomeCounts(assertions), otherFails };
}

/** How many ACT rules reached each level, for approved and proposed rules. */
export function levelTotals(rows, pick) {
  const levels = ['complete', 'partial', 'minimal', 'inconsistent', 'untested'];
  const totals = { approved: Object.fromEntries(levels.map((l) => [l, 0])), proposed: Object.fromEntries(levels.map((l) => [l, 0])) };
  for (const row of rows) totals[row.approved ? 'approved' : 'proposed'][pick(row).consistency]++;
  return totals;
}

function groupBy(xs, key) {
  const out = new Map();
  for (const x of xs) {
    const k = key(x);
    if (!out.has(k)) out.set(k, []);
    out.get(k).push(x);
  }
  return out;
}

function countBy(xs, key) {
  const out = {};
  for (const x of xs) out[key(x)] = (out[key(x)] ?? 0) + 1;
  return out;
}
