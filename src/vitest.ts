// A matcher for vitest and jest: expect(report).toHaveNoFindings({ severity: 'serious' }).
//   import { matchers } from 'inclusive-audit/vitest';
//   expect.extend(matchers);
// On failure the message lists each finding: rule, page, element and how to fix it.
import type {} from 'vitest';
import type { Finding } from './findings.js';
import type { Report } from './report.js';
import type { Severity } from './rule.js';
import { safeText } from './reporters/text.js';

export interface NoFindingsOptions {
  /** Count findings of this severity or worse (default "minor": all of them). */
  severity?: Severity;
  /** Count findings that need checking by hand as well as problems (default false). */
  includeNeedsReview?: boolean;
  /** Rule ids to ignore; "axe/*" ignores every rule whose id starts with "axe/". */
  ignoreRules?: readonly string[];
  /** How many findings the failure message lists (default 25). */
  limit?: number;
}

const RANK: Record<Severity, number> = { minor: 0, moderate: 1, serious: 2, critical: 3 };

/** The findings the matcher counts under these options. */
export function countedFindings(report: Pick<Report, 'findings'>, options: NoFindingsOptions = {}): Finding[] {
  const floor = RANK[options.severity ?? 'minor'];
  const ignored = (id: string) => (options.ignoreRules ?? []).some((p) => (p.endsWith('*') ? id.startsWith(p.slice(0, -1)) : id === p));
  return report.findings.filter(
    (f) => RANK[f.severity] >= floor && (f.outcome === 'fail' || options.includeNeedsReview === true) && !ignored(f.ruleId),
  );
}

/** One finding, readably: "[serious] axe/color-contrast on /contact" then element, snippet and fix. */
export function describeFinding(f: Finding): string {
  const lines = [`[${f.severity}] ${f.ruleId}${f.outcome === 'needs-review' ? ' (check by hand)' : ''} on ${safeText(pagePath(f.url))}`];
  if (f.selector) lines.push(`    element: ${safeText(f.selector)}`);
  if (f.html) lines.push(`    html:    ${safeText(f.html).slice(0, 160)}`);
  lines.push(`    fix:     ${safeText(f.message)}`);
  return lines.join('\n');
}

function pagePath(url: string): string {
  try {
    const u = new URL(url);
    return u.pathname + u.search;
  } catch {
    return url;
  }
}

interface MatcherResult {
  pass: boolean;
  message(): string;
}

function isReport(value: unknown): value is Report {
  return typeof value === 'object' && value !== null && Array.isArray((value as Report).findings);
}

export function toHaveNoFindings(received: unknown, options: NoFindingsOptions = {}): MatcherResult {
  if (!isReport(received)) {
    return { pass: false, message: () => 'expected an inclusive-audit report (from audit(), auditPage() or auditHtml()), but got something else' };
  }
  const found = countedFindings(received, options);
  const what = `finding${found.length === 1 ? '' : 's'} at "${options.severity ?? 'minor'}" severity or worse${options.includeNeedsReview ? ', needs-review included' : ''}`;
  if (found.length === 0) {
    return { pass: true, message: () => `expected the report to have findings, but it has no ${what}` };
  }
  const limit = options.limit ?? 25;
  const listed = found.slice(0, limit).map(describeFinding);
  if (found.length > limit) listed.push(`…and ${found.length - limit} more.`);
  return { pass: false, message: () => `expected no ${what}, but found ${found.length}:\n\n${listed.join('\n\n')}` };
}

/** Pass to expect.extend() in vitest or jest. */
export const matchers = { toHaveNoFindings };

interface InclusiveAuditMatchers<R = unknown> {
  /** Pass when the report has no findings at or above the severity, outside the ignored rules. */
  toHaveNoFindings(options?: NoFindingsOptions): R;
}

declare module 'vitest' {
  interface Matchers<T = any> extends InclusiveAuditMatchers<T> {}
}
