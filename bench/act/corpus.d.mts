export type Expected = 'passed' | 'failed' | 'inapplicable';
/** One W3C ACT test case, from the corpus's index.json. */
export interface ActCase {
  ruleId: string;
  ruleName: string;
  ruleApproved: boolean;
  testcaseId: string;
  testcaseTitle: string;
  expected: Expected;
  approvedTestcase: boolean;
  /** e.g. testcases/b4f0c3/<40 hex>.html */
  path: string;
  /** WCAG criteria of the ACT rule, e.g. ["1.4.4"] */
  wcag: string[];
  /** axe-core rules axe-core's published report maps to the ACT rule */
  axeRules: string[];
  publishedAxeConsistency: string | null;
}
export const ACT_BASE_PATH: string;
export const ACT_PUBLIC_BASE: string;
export function loadCorpus(dir: string): { root: string; cases: ActCase[]; publishedAxe: { version: string; date: string } | null };
export function corpusMounts(root: string): Record<string, string>;
export function caseUrl(actCase: Pick<ActCase, 'path'>, base?: string): string;
