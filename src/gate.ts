// The gate: the policy decides whether findings break the build. Severity for gating belongs
// to the policy, not the rule.
import { z } from 'zod';
import type { Report } from './report.js';
import { SEVERITIES, type Severity } from './rule.js';

export const GatePolicySchema = z
  .object({
    /** Fail on findings of this severity or worse; "none" never fails on severity. */
    failOn: z.enum([...SEVERITIES, 'none']).default('serious'),
    /** Count needs-review findings as well as fails. */
    includeNeedsReview: z.boolean().default(false),
    /** Per-rule level: "off" ignores the rule, "warn" reports but never fails, "error" always fails. */
    rules: z.record(z.string(), z.enum(['off', 'warn', 'error'])).default({}),
    /** Fail when more than this many counted findings remain. */
    maxFindings: z.number().int().nonnegative().optional(),
  })
  .strict();
export type GatePolicy = z.input<typeof GatePolicySchema>;
export type GateResult = { passed: boolean; reasons: string[] };

const RANK: Record<Severity, number> = { minor: 0, moderate: 1, serious: 2, critical: 3 };

export function gate(report: Report, policyInput: GatePolicy = {}): GateResult {
  const policy = GatePolicySchema.parse(policyInput);
  const counted = report.findings.filter((f) => {
    const level = policy.rules[f.ruleId];
    if (level === 'off' || level === 'warn') return false;
    if (f.outcome === 'needs-review' && !policy.includeNeedsReview) return false;
    if (level === 'error') return true;
    return policy.failOn !== 'none' && RANK[f.severity] >= RANK[policy.failOn];
  });
  const reasons: string[] = [];
  const byRule = new Map<string, number>();
  for (const f of counted) byRule.set(f.ruleId, (byRule.get(f.ruleId) ?? 0) + 1);
  if (policy.maxFindings === undefined) {
    for (const [rule, n] of byRule) reasons.push(`${rule}: ${n} finding(s) at or above the "${policy.failOn}" severity`);
  } else if (counted.length > policy.maxFindings) {
    reasons.push(`${counted.length} findings, more than the ${policy.maxFindings} allowed`);
  }
  return { passed: reasons.length === 0, reasons };
}
