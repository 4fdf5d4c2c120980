import type { ActCase, Expected } from './corpus.d.mts';

export type EarlOutcome = 'passed' | 'failed' | 'inapplicable' | 'cantTell' | 'untested';
export type Level = 'complete' | 'partial' | 'minimal' | 'inconsistent' | 'untested';

/** A test case with the local URL it was audited at and its public URL (the EARL subject). */
export type CaseInput = Pick<ActCase, 'ruleId' | 'testcaseId' | 'expected' | 'wcag' | 'approvedTestcase'> &
  Partial<Pick<ActCase, 'ruleName' | 'ruleApproved' | 'testcaseTitle' | 'axeRules' | 'publishedAxeConsistency'>> & { url: string; source: string };

/** The parts of an audit report the scoring reads. */
export interface ReportInput {
  pages: { url: string; finalUrl: string | null; outcome: 'audited' | 'error' | 'skipped'; error: string | null }[];
  documents: { url: string }[];
  outcomes: { ruleId: string; url: string; outcome: string }[];
}
export interface RuleInput {
  id: string;
  wcag: readonly string[];
  act?: readonly string[];
}
export interface CaseResult {
  case: CaseInput;
  status: 'audited' | 'not-html' | 'untested';
  reason: string | null;
  outcomes: Map<string, string>;
}
export interface Assertion {
  ruleId: string;
  actRuleId: string;
  testcaseId: string;
  source: string;
  expected: Expected;
  outcome: EarlOutcome;
  /** the rule declares it implements this ACT rule */
  mapped: boolean;
}
export interface TestResult {
  testcaseId: string;
  expected: Expected;
  approved: boolean;
  outcomes: EarlOutcome[];
}
export interface Coverage {
  covered: number;
  untested: number;
  cantTell: number;
  testCaseTotal: number;
}
export interface Score {
  consistency: Level;
  procedures: string[];
  coverage: Coverage | null;
  /** "<rule id> <test case id>" */
  falsePositives: string[];
}
export interface Row {
  actRuleId: string;
  name: string;
  approved: boolean;
  counts: Partial<Record<Expected, number>>;
  notHtml: number;
  untested: { testcaseId: string; reason: string | null }[];
  mappedOwn: string[];
  mappedAxe: string[];
  publishedAxe: { rules: string[]; consistency: string | null };
  ours: Score;
  own: Score;
  axe: Score;
  ownFalseAlarms: Assertion[];
  axeFalseAlarms: Assertion[];
}
export interface OutcomeCounts extends Record<EarlOutcome, number> {
  truePositives: number;
  falsePositives: number;
  missed: number;
}
export interface AnalyseInput {
  cases: CaseInput[];
  report: ReportInput;
  rules: readonly RuleInput[];
}

export function earlOutcome(outcome: string | undefined): EarlOutcome;
export function caseResults(cases: CaseInput[], report: ReportInput): CaseResult[];
export function isRelevant(rule: RuleInput, actCase: Pick<CaseInput, 'ruleId' | 'wcag'>): boolean;
export function assertionsFrom(results: CaseResult[], rules: readonly RuleInput[]): Assertion[];
export function testResults(ruleCases: CaseInput[], assertions: Assertion[]): TestResult[];
export function actToolsConsistency(results: TestResult[]): 'complete' | 'partial' | 'minimal' | null;
export function coverage(results: TestResult[]): Coverage;
export function scoreActRule(ruleCases: CaseInput[], assertions: Assertion[], procedures: string[]): Score;
export function falseAlarms(assertions: Assertion[]): Map<string, Assertion[]>;
export function outcomeCounts(assertions: Assertion[]): Map<string, OutcomeCounts>;
export function analyse(input: AnalyseInput): { results: CaseResult[]; assertions: Assertion[]; rows: Row[]; counts: Map<string, OutcomeCounts>; otherFails: Map<string, number> };
export function levelTotals(rows: Row[], pick: (row: Row) => Score): Record<'approved' | 'proposed', Record<Level, number>>;
