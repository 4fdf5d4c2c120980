import type { EarlOutcome } from './scoring.d.mts';

/** One of our rules, as an EARL test. */
export interface Procedure {
  id: string;
  url?: string | null;
  /** WCAG Understanding slugs, e.g. "resize-text" */
  wcagSlugs: string[];
  /** ACT rule ids it implements */
  act?: readonly string[];
}
export interface EarlInput {
  assertedBy: string;
  procedures: Procedure[];
  assertions: { ruleId: string; source: string; outcome: EarlOutcome }[];
}
export interface EarlReport {
  '@context': Record<string, unknown>;
  '@graph': Record<string, any>[];
}
export const EARL_CONTEXT: Record<string, unknown>;
export const EARL_OUTCOMES: readonly EarlOutcome[];
export function actRuleUrl(actRuleId: string): string;
export function earlTest(procedure: Procedure): Record<string, unknown>;
export function earlAssertion(input: { source: string; assertedBy: string; outcome: string; test: object }): Record<string, any>;
export function earlReport(input: EarlInput): EarlReport;
export function formatEarl(report: EarlReport): string;
