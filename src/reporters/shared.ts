// Small helpers the reporters share: ordering, page paths, help links and safe lengths.
import type { Finding } from '../findings.js';
import type { Report } from '../report.js';
import type { Severity } from '../rule.js';
import { wcagUrl } from '../standards.js';

export type RuleEntry = Report['rules'][number];

export const SEVERITY_ORDER: readonly Severity[] = ['critical', 'serious', 'moderate', 'minor'];
const RANK: Record<Severity, number> = { critical: 0, serious: 1, moderate: 2, minor: 3 };

/** Fails before needs-review, then most severe first; otherwise the report's own order. */
export function bySeverity(findings: readonly Finding[]): Finding[] {
  return findings
    .map((f, i) => ({ f, i }))
    .sort((a, b) => outcomeRank(a.f) - outcomeRank(b.f) || RANK[a.f.severity] - RANK[b.f.severity] || a.i - b.i)
    .map(({ f }) => f);
}
const outcomeRank = (f: Finding) => (f.outcome === 'fail' ? 0 : 1);

/** The path and query of a URL, or the string itself when it is not a URL. */
export function pathOf(url: string): string {
  try {
    const u = new URL(url);
    return u.pathname + u.search;
  } catch {
    return url;
  }
}

/** Only http(s) URLs may become links: a page cannot smuggle in javascript: or data: links. */
export function isWebUrl(url: string | null | undefined): url is string {
  if (!url) return false;
  try {
    return ['http:', 'https:'].includes(new URL(url).protocol);
  } catch {
    return false;
  }
}

const REPO = 'https://github.com/inclusive-audit/inclusive-audit';
export const TOOL_URL = REPO;

/** Where to read about a rule: its helpUrl, else the WCAG Understanding page, else the rules folder. */
export function ruleHelpUrl(rule: Pick<RuleEntry, 'helpUrl' | 'wcag'> | undefined): string {
  if (isWebUrl(rule?.helpUrl)) return rule.helpUrl;
  if (rule?.wcag[0]) return wcagUrl(rule.wcag[0]);
  return `${REPO}/tree/main/rules`;
}

/** Cut long page text (snippets can be whole forms) before it is escaped. */
export function truncate(s: string, max: number): string {
  const chars = [...s];
  return chars.length <= max ? s : `${chars.slice(0, max - 1).join('')}…`;
}

/** Plain one-line text: control characters removed, runs of white space made one space. */
export function oneLine(s: string): string {
  return s.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, ' ').replace(/\s+/g, ' ').trim();
}

export const OUTCOME_LABEL = { fail: 'Problem', 'needs-review': 'Check by hand' } as const;
