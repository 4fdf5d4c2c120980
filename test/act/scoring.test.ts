// The ACT scoring follows the W3C tooling (act-rules/act-tools, src/map-implementation): tested on
// synthetic assertions, so it needs neither a browser nor the corpus.
import { describe, expect, it } from 'vitest';
import {
  actToolsConsistency,
  analyse,
  assertionsFrom,
  caseResults,
  coverage,
  earlOutcome,
  falseAlarms,
  isRelevant,
  scoreActRule,
  testResults,
  type Assertion,
  type CaseInput,
  type ReportInput,
  type TestResult,
} from '../../bench/act/scoring.mjs';

const BASE = 'http://127.0.0.1:9/WAI/content-assets/wcag-act-rules/testcases';
const hex = (n: number) => n.toString(16).padStart(40, '0');

function kase(ruleId: string, n: number, expected: CaseInput['expected'], wcag = ['1.4.4'], ext = 'html'): CaseInput {
  return { ruleId, testcaseId: hex(n), expected, wcag, approvedTestcase: true, url: `${BASE}/${ruleId}/${hex(n)}.${ext}`, source: `https://www.w3.org/x/${ruleId}/${hex(n)}.${ext}` };
}

function result(expected: TestResult['expected'], ...outcomes: TestResult['outcomes']): TestResult {
  return { testcaseId: 'x', expected, approved: true, outcomes };
}

function assertion(ruleId: string, c: CaseInput, outcome: Assertion['outcome']): Assertion {
  return { ruleId, actRuleId: c.ruleId, testcaseId: c.testcaseId, source: c.source, expected: c.expected, outcome, mapped: true };
}

describe('earlOutcome', () => {
  it('maps our outcomes to EARL: needs-review is cantTell, an error or no outcome is untested', () => {
    expect(['fail', 'needs-review', 'pass', 'inapplicable', 'error', undefined].map(earlOutcome)).toEqual(['failed', 'cantTell', 'passed', 'inapplicable', 'untested', 'untested']);
  });
});

describe('caseResults and assertionsFrom', () => {
  const audited = kase('b4f0c3', 1, 'failed');
  const svg = kase('2779a5', 2, 'inapplicable', ['2.4.2'], 'svg');
  const broken = kase('b4f0c3', 3, 'passed');
  const report: ReportInput = {
    pages: [
      { url: audited.url, finalUrl: audited.url, outcome: 'audited', error: null },
      { url: broken.url, finalUrl: null, outcome: 'error', error: 'The page did not finish loading.' },
    ],
    documents: [{ url: svg.url }],
    outcomes: [
      { ruleId: 'zoom-not-blocked', url: audited.url, outcome: 'fail' },
      { ruleId: 'axe/meta-viewport', url: audited.url, outcome: 'pass' },
      { ruleId: 'text-resize', url: audited.url, outcome: 'needs-review' },
    ],
  };
  const rules = [
    { id: 'zoom-not-blocked', wcag: ['1.4.4'], act: ['b4f0c3'] },
    { id: 'axe/meta-viewport', wcag: ['1.4.4'], act: ['b4f0c3'] },
    { id: 'text-resize', wcag: ['1.4.4'] },
    { id: 'axe/document-title', wcag: ['2.4.2'], act: ['2779a5'] },
    { id: 'sentence-length', wcag: ['3.1.5'] },
  ];
  const results = caseResults([audited, svg, broken], report);

  it('tells audited pages, documents and pages that could not be audited apart, with the reason', () => {
    expect(results.map((r) => r.status)).toEqual(['audited', 'not-html', 'untested']);
    expect(results[2]!.reason).toBe('The page did not finish loading.');
    expect(results[0]!.outcomes.get('zoom-not-blocked')).toBe('fail');
  });

  it('asserts each rule mapped to the case or sharing one of its WCAG criteria, and no other', () => {
    const assertions = assertionsFrom(results, rules);
    const of = (c: CaseInput) => assertions.filter((a) => a.testcaseId === c.testcaseId).map((a) => `${a.ruleId}=${a.outcome}`);
    expect(of(audited)).toEqual(['zoom-not-blocked=failed', 'axe/meta-viewport=passed', 'text-resize=cantTell']);
    expect(of(svg)).toEqual(['axe/document-title=inapplicable']);
    expect(of(broken)).toEqual(['zoom-not-blocked=untested', 'axe/meta-viewport=untested', 'text-resize=untested']);
    expect(assertions.find((a) => a.ruleId === 'text-resize')!.mapped).toBe(false);
    expect(assertions[0]!.source).toBe(audited.source);
  });

  it('isRelevant: by mapping even without a shared criterion', () => {
    expect(isRelevant({ id: 'keyboard-trap', wcag: ['2.1.2'], act: ['a1b64e'] }, { ruleId: 'a1b64e', wcag: [] })).toBe(true);
    expect(isRelevant({ id: 'reflow', wcag: ['1.4.10'] }, { ruleId: 'a1b64e', wcag: [] })).toBe(false);
  });
});

describe('actToolsConsistency (act-tools getConsistency)', () => {
  it('complete: every failed case caught, nothing untested, no false positive', () => {
    expect(actToolsConsistency([result('failed', 'failed'), result('passed', 'passed'), result('inapplicable', 'inapplicable')])).toBe('complete');
  });
  it('partial: a failed case caught, another missed or untested', () => {
    expect(actToolsConsistency([result('failed', 'failed'), result('failed', 'passed')])).toBe('partial');
    expect(actToolsConsistency([result('failed', 'failed'), result('passed', 'untested')])).toBe('partial');
  });
  it('minimal: only cantTell, with no inapplicable case reported passed-or-inapplicable only', () => {
    expect(actToolsConsistency([result('failed', 'cantTell'), result('inapplicable', 'inapplicable')])).toBe('minimal');
    expect(actToolsConsistency([result('failed', 'cantTell'), result('inapplicable', 'cantTell')])).toBeNull();
  });
  it('null: a passed or inapplicable case reported failed, however many failed cases are caught', () => {
    expect(actToolsConsistency([result('failed', 'failed'), result('inapplicable', 'failed')])).toBeNull();
    expect(actToolsConsistency([result('failed', 'failed'), result('passed', 'passed', 'failed')])).toBeNull();
  });
  it('null: no failed case caught and no cantTell', () => {
    expect(actToolsConsistency([result('failed', 'passed'), result('passed', 'passed')])).toBeNull();
  });
});

describe('coverage (act-tools getCoverage)', () => {
  it('counts true positives and true negatives as covered, untested and cantTell apart', () => {
    expect(coverage([result('failed', 'failed'), result('passed', 'inapplicable'), result('failed', 'cantTell'), result('passed', 'untested'), result('passed', 'failed')])).toEqual({ covered: 2, untested: 1, cantTell: 1, testCaseTotal: 5 });
  });
  it('counts only approved cases when there are any', () => {
    expect(coverage([result('failed', 'failed'), { ...result('passed', 'passed'), approved: false }]).testCaseTotal).toBe(1);
  });
});

describe('scoreActRule (act-tools findProcedureSet)', () => {
  const f1 = kase('r00001', 1, 'failed');
  const f2 = kase('r00001', 2, 'failed');
  const p1 = kase('r00001', 3, 'passed');
  const cases = [f1, f2, p1];

  it('keeps the best procedure: one inconsistent rule does not spoil a complete one, but its false positive is listed', () => {
    const assertions = [
      assertion('good', f1, 'failed'), assertion('good', f2, 'failed'), assertion('good', p1, 'passed'),
      assertion('noisy', f1, 'failed'), assertion('noisy', f2, 'failed'), assertion('noisy', p1, 'failed'),
    ];
    const score = scoreActRule(cases, assertions, ['good', 'noisy']);
    expect(score.consistency).toBe('complete');
    expect(score.procedures).toEqual(['good']);
    expect(score.falsePositives).toEqual([`noisy ${p1.testcaseId}`]);
    expect(scoreActRule(cases, assertions, ['noisy']).consistency).toBe('inconsistent');
  });

  it('two partial procedures that together catch every failed case are complete', () => {
    const assertions = [
      assertion('a', f1, 'failed'), assertion('a', f2, 'passed'), assertion('a', p1, 'passed'),
      assertion('b', f1, 'passed'), assertion('b', f2, 'failed'), assertion('b', p1, 'passed'),
    ];
    expect(scoreActRule(cases, assertions, ['a']).consistency).toBe('partial');
    const both = scoreActRule(cases, assertions, ['a', 'b']);
    expect(both.consistency).toBe('complete');
    expect(both.coverage).toEqual({ covered: 3, untested: 0, cantTell: 0, testCaseTotal: 3 });
  });

  it('as act-tools, a case one procedure of the set did not assert on is untested, so the set is only partial', () => {
    const assertions = [assertion('a', f1, 'failed'), assertion('a', p1, 'passed'), assertion('b', f2, 'failed'), assertion('b', p1, 'passed')];
    expect(scoreActRule(cases, assertions, ['a', 'b']).consistency).toBe('partial');
  });

  it('untested when no procedure is mapped or none gave an outcome', () => {
    expect(scoreActRule(cases, [], []).consistency).toBe('untested');
    expect(scoreActRule(cases, [assertion('a', f1, 'untested')], ['a']).consistency).toBe('untested');
  });

  it('testResults fills cases without an assertion with untested', () => {
    expect(testResults(cases, [assertion('a', f1, 'failed')]).map((t) => t.outcomes)).toEqual([['failed'], ['untested'], ['untested']]);
  });
});

describe('falseAlarms and analyse', () => {
  const failed = kase('b4f0c3', 1, 'failed');
  const passed = kase('b4f0c3', 2, 'passed');
  const otherPassed = kase('2779a5', 3, 'passed', ['2.4.2']);
  const report: ReportInput = {
    pages: [failed, passed, otherPassed].map((c) => ({ url: c.url, finalUrl: c.url, outcome: 'audited' as const, error: null })),
    documents: [],
    outcomes: [
      { ruleId: 'zoom-not-blocked', url: failed.url, outcome: 'fail' },
      { ruleId: 'zoom-not-blocked', url: passed.url, outcome: 'fail' },
      { ruleId: 'zoom-not-blocked', url: otherPassed.url, outcome: 'fail' },
      { ruleId: 'axe/meta-viewport', url: failed.url, outcome: 'fail' },
      { ruleId: 'axe/meta-viewport', url: passed.url, outcome: 'pass' },
      { ruleId: 'axe/document-title', url: otherPassed.url, outcome: 'pass' },
    ],
  };
  const rules = [
    { id: 'zoom-not-blocked', wcag: ['1.4.4'], act: ['b4f0c3'] },
    { id: 'axe/meta-viewport', wcag: ['1.4.4'], act: ['b4f0c3'] },
    { id: 'axe/document-title', wcag: ['2.4.2'], act: ['2779a5'] },
  ];
  const { rows, assertions, otherFails, counts } = analyse({ cases: [failed, passed, otherPassed].map((c) => ({ ...c, ruleName: c.ruleId, ruleApproved: true })), report, rules });

  it('lists the passed and inapplicable cases each rule failed', () => {
    const alarms = falseAlarms(assertions);
    expect([...alarms.keys()]).toEqual(['zoom-not-blocked']);
    expect(alarms.get('zoom-not-blocked')!.map((a) => a.testcaseId)).toEqual([passed.testcaseId]);
  });

  it('scores each ACT rule for us, our own rules and axe-core alone', () => {
    const row = rows.find((r) => r.actRuleId === 'b4f0c3')!;
    expect(row.mappedOwn).toEqual(['zoom-not-blocked']);
    expect(row.mappedAxe).toEqual(['axe/meta-viewport']);
    expect(row.ours.consistency).toBe('complete');
    expect(row.own.consistency).toBe('inconsistent');
    expect(row.axe.consistency).toBe('complete');
    expect(row.ownFalseAlarms.map((a) => a.testcaseId)).toEqual([passed.testcaseId]);
    expect(row.axeFalseAlarms).toEqual([]);
    expect(row.counts).toEqual({ failed: 1, passed: 1 });
  });

  it('counts own fails on cases about other criteria apart, as context', () => {
    expect(otherFails.get('zoom-not-blocked')).toBe(1);
    expect(counts.get('zoom-not-blocked')).toMatchObject({ failed: 2, truePositives: 1, falsePositives: 1 });
  });
});
