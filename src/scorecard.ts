// The scorecard: for every standard item (and every WCAG 2.2 A/AA criterion), whether automated
// evidence supports it, raises concerns, or cannot be tested automatically. Never a "% compliant".
import { z } from 'zod';
import type { Finding } from './findings.js';
import { STANDARD_FAMILIES, WCAG_AA_CRITERIA } from './standards.js';

export const EVIDENCE_STATUSES = ['supports', 'concerns', 'not-testable'] as const;
export type EvidenceStatus = (typeof EVIDENCE_STATUSES)[number];

export const ScorecardEntrySchema = z.object({
  id: z.string().describe('standard id, or wcag:<SC> for a WCAG criterion'),
  family: z.string(),
  title: z.string(),
  status: z.enum(EVIDENCE_STATUSES),
  rules: z.array(z.string()).describe('enabled rules that gave evidence (pass, fail or needs-review) for it'),
  fail: z.number().int(),
  needsReview: z.number().int(),
  pages: z.array(z.string()).describe('pages with findings, at most 20'),
});
export type ScorecardEntry = z.infer<typeof ScorecardEntrySchema>;

interface RuleInfo {
  id: string;
  wcag: readonly string[];
  standards: readonly string[];
  counts: Record<string, number>;
}

export const STATUS_WORDING: Record<EvidenceStatus, string> = {
  supports: 'Automated evidence supports it',
  concerns: 'Concerns found',
  'not-testable': 'Not testable automatically',
};

export function buildScorecard(rules: readonly RuleInfo[], findings: readonly Finding[]): ScorecardEntry[] {
  const items = [
    ...WCAG_AA_CRITERIA.map((c) => ({ id: `wcag:${c.id}`, family: 'wcag', title: `${c.id} ${c.title} (${c.level})`, match: (r: RuleInfo) => r.wcag.includes(c.id), matchFinding: (f: Finding) => f.wcag.includes(c.id) })),
    ...STANDARD_FAMILIES.flatMap((fam) =>
      fam.items.map((item) => ({ id: item.id, family: fam.id, title: item.title, match: (r: RuleInfo) => r.standards.includes(item.id), matchFinding: (f: Finding) => f.standards.includes(item.id) })),
    ),
  ];
  return items.map((item) => {
    // A rule gives evidence only where it applied to something: pass, fail or needs-review.
    const evidence = rules.filter((r) => item.match(r) && (r.counts.pass ?? 0) + (r.counts.fail ?? 0) + (r.counts['needs-review'] ?? 0) > 0);
    const related = findings.filter(item.matchFinding);
    const fail = related.filter((f) => f.outcome === 'fail').length;
    const status: EvidenceStatus = evidence.length === 0 ? 'not-testable' : fail > 0 ? 'concerns' : 'supports';
    return {
      id: item.id,
      family: item.family,
      title: item.title,
      status,
      rules: evidence.map((r) => r.id),
      fail,
      needsReview: related.length - fail,
      pages: [...new Set(related.map((f) => f.url))].slice(0, 20),
    };
  });
}
