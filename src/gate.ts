// The gate: the policy decides whether findings break the build. Severity for gating belongs
// to the policy, not the rule. gate() is pure: same report and policy, same answer.
import { z } from 'zod';
import type { Finding } from './findings.js';
import type { Report } from './report.js';
import { SEVERITIES, type Severity } from './rule.js';
import { isKnownStandard, wcagCriterion } from './standards.js';

/** A standard id ("psbar:reg8-4c") or a WCAG criterion ("wcag:1.4.3"). */
const thresholdKey = z.string().refine(
  (k) => isKnownStandard(k) || (k.startsWith('wcag:') && wcagCriterion(k.slice(5)) !== undefined),
  'expected a standard id such as "psbar:reg8-4c" or a WCAG criterion such as "wcag:1.4.3"',
);

export const GatePolicySchema = z
  .object({
    /** Fail on findings of this severity or worse; "none" never fails on severity. */
    failOn: z.enum([...SEVERITIES, 'none']).default('serious').describe('fail on findings of this severity or worse; "none" never fails on severity'),
    /** Count needs-review findings as well as fails. */
    includeNeedsReview: z.boolean().default(false).describe('count needs-review findings as well as fails'),
    /** Per-rule level: "off" ignores the rule, "warn" reports but never fails, "error" always fails. */
    rules: z.record(z.string(), z.enum(['off', 'warn', 'error'])).default({}),
    /** Most findings allowed per standard; findings under a threshold are judged by it, not by failOn. */
    thresholds: z
      .record(thresholdKey, z.number().int().nonnegative())
      .default({})
      .describe('most findings allowed per standard id or "wcag:<criterion>"; findings under a threshold are judged by it, not by failOn'),
    /** Fail when more than this many counted findings remain. */
    maxFindings: z.number().int().nonnegative().optional().describe('fail when more than this many findings at or above failOn remain'),
  })
  .strict();
export type GatePolicy = z.input<typeof GatePolicySchema>;
export type GateResult = { passed: boolean; reasons: string[] };

const RANK: Record<Severity, number> = { minor: 0, moderate: 1, serious: 2, critical: 3 };

/** Does the finding belong to this threshold key? */
function underKey(f: Finding, key: string): boolean {
  return key.startsWith('wcag:') ? f.wcag.includes(key.slice(5)) : f.standards.includes(key);
}

export function gate(report: Report, policyInput: GatePolicy = {}): GateResult {
  const policy = GatePolicySchema.parse(policyInput);
  // With a baseline, only findings that are not in it can break the build.
  const fresh = report.baseline ? new Set(report.baseline.new) : null;
  const thresholdKeys = Object.keys(policy.thresholds);
  const inPlay = report.findings.filter((f) => {
    const level = policy.rules[f.ruleId];
    if (level === 'off' || level === 'warn') return false;
    if (fresh && !fresh.has(f.fingerprint)) return false;
    return f.outcome === 'fail' || policy.includeNeedsReview;
  });

  const reasons: string[] = [];
  const forced = inPlay.filter((f) => policy.rules[f.ruleId] === 'error');
  const bySeverity = inPlay.filter(
    (f) => policy.rules[f.ruleId] !== 'error' && !thresholdKeys.some((k) => underKey(f, k)) && policy.failOn !== 'none' && RANK[f.severity] >= RANK[policy.failOn],
  );
  for (const [rule, n] of countBy(forced, (f) => f.ruleId)) reasons.push(`${rule}: ${plural(n, 'finding')}, and this rule is set to "error", so any finding fails.`);
  if (policy.maxFindings === undefined) {
    for (const [rule, n] of countBy(bySeverity, (f) => f.ruleId)) reasons.push(`${rule}: ${plural(n, 'finding')} at "${policy.failOn}" severity or worse.`);
  } else if (bySeverity.length > policy.maxFindings) {
    reasons.push(`${plural(bySeverity.length, 'finding')} at "${policy.failOn}" severity or worse, more than the ${policy.maxFindings} allowed.`);
  }
  for (const key of thresholdKeys) {
    const n = inPlay.filter((f) => underKey(f, key)).length;
    const allowed = policy.thresholds[key]!;
    if (n > allowed) reasons.push(`${key}: ${plural(n, 'finding')}, more than the ${allowed} allowed.`);
  }
  return { passed: reasons.length === 0, reasons };
}

function countBy<T>(items: readonly T[], key: (t: T) => string): Map<string, number> {
  const out = new Map<string, number>();
  for (const t of items) out.set(key(t), (out.get(key(t)) ?? 0) + 1);
  return out;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
