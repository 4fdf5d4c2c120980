import type { Level, Row } from './scoring.d.mts';

type Totals = Record<'approved' | 'proposed', Record<Level, number>>;
export interface MarkdownInput {
  rows: Row[];
  totals: { ours: Totals; own: Totals; axe: Totals };
  ownFalseAlarmCases: number;
  axeFalseAlarmCases: number;
  meta: { date: string; version: string; axeVersion: string; cases: number; audited: number; duration: string };
}
export function conformanceMarkdown(input: MarkdownInput): string;
