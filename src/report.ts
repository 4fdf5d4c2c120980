// The versioned JSON report. The zod schema is the single source of its types and of the
// JSON Schema file shipped in the package (dist/report.schema.json).
import { z } from 'zod';
import { DocumentLinkSchema, LinkStatusSchema } from './artifacts.js';
import { FindingSchema, RuleOutcomeSchema, type Finding, type RuleOutcome } from './findings.js';
import { OUTCOMES, SEVERITIES, type Rule } from './rule.js';
import { buildScorecard, ScorecardEntrySchema } from './scorecard.js';
import type { PageRecord } from './engine/crawl.js';

export const REPORT_SCHEMA_VERSION = '1.0.0';

export const PageEntrySchema = z.object({
  url: z.string(),
  finalUrl: z.string().nullable(),
  status: z.number().int().nullable().describe('HTTP status, or null when there was no answer'),
  outcome: z.enum(['audited', 'error', 'skipped']),
  error: z.string().nullable().describe('why the page was not audited'),
  depth: z.number().int().nonnegative(),
  referrer: z.string().nullable(),
  durationMs: z.number().nullable(),
});

export const RuleEntrySchema = z.object({
  id: z.string(),
  scope: z.enum(['page', 'site']),
  title: z.string(),
  failureTitle: z.string(),
  description: z.string(),
  severity: z.enum(SEVERITIES),
  advisory: z.boolean(),
  wcag: z.array(z.string()),
  standards: z.array(z.string()),
  helpUrl: z.string().nullable(),
  counts: z.record(z.enum(OUTCOMES), z.number().int().nonnegative()),
});

const Counts = z.object({ fail: z.number().int(), needsReview: z.number().int() });

export const ReportSchema = z.object({
  $schema: z.string().optional(),
  schemaVersion: z.literal(REPORT_SCHEMA_VERSION),
  tool: z.object({ name: z.literal('inclusive-audit'), version: z.string(), axeVersion: z.string() }),
  startedAt: z.string(),
  finishedAt: z.string(),
  durationMs: z.number(),
  auditDate: z.string(),
  startUrl: z.string(),
  startUrls: z.array(z.string()),
  settings: z.object({
    crawl: z.boolean(),
    maxPages: z.number(),
    maxDepth: z.number(),
    concurrency: z.number(),
    pageTimeoutMs: z.number(),
    include: z.array(z.string()),
    exclude: z.array(z.string()),
    respectRobots: z.boolean(),
    sampleInteractive: z.number().int().describe("interactive checks ran on at most this many pages per URL template; 0 means every page"),
    axeTags: z.array(z.string()),
  }),
  readingAgeConvention: z.string().describe('how reading ages are derived from US grades'),
  pages: z.array(PageEntrySchema),
  documents: z.array(DocumentLinkSchema),
  linkStatuses: z.array(LinkStatusSchema),
  rules: z.array(RuleEntrySchema),
  outcomes: z.array(RuleOutcomeSchema).describe('the outcome of every rule on every audited page, and of site rules'),
  findings: z.array(FindingSchema),
  summary: z.object({
    pages: z.object({ audited: z.number().int(), error: z.number().int(), skipped: z.number().int() }),
    findings: z.object({ fail: z.number().int(), needsReview: z.number().int() }),
    bySeverity: z.record(z.enum(SEVERITIES), Counts),
    byStandard: z.record(z.string(), Counts),
    byWcag: z.record(z.string(), Counts),
    worstPages: z.array(z.object({ url: z.string(), fail: z.number().int(), needsReview: z.number().int() })),
  }),
  scorecard: z
    .array(ScorecardEntrySchema)
    .describe('for each standard item and WCAG A/AA criterion: supports, concerns or not testable automatically'),
  baseline: z
    .object({
      file: z.string(),
      new: z.array(z.string()).describe('fingerprints of findings not in the baseline'),
      fixed: z.array(z.object({ fingerprint: z.string(), ruleId: z.string(), url: z.string() })).describe('baseline entries that no longer occur'),
      unchanged: z.number().int().nonnegative().describe('findings already in the baseline'),
    })
    .optional()
    .describe('set by --baseline: which findings are new and which baseline entries are fixed'),
  gate: z
    .object({ passed: z.boolean(), reasons: z.array(z.string()) })
    .optional()
    .describe('set by the CLI or gate(): whether the findings break the policy'),
});
export type Report = z.infer<typeof ReportSchema>;
export type PageEntry = z.infer<typeof PageEntrySchema>;

export const READING_AGE_CONVENTION = 'UK reading age = US school grade + 5 (for example, grade 4 is a reading age of 9).';

export interface ReportInput {
  version: string;
  axeVersion: string;
  startedAt: Date;
  auditDate: Date;
  startUrls: string[];
  settings: Report['settings'];
  pages: PageRecord[];
  documents: Report['documents'];
  linkStatuses: Report['linkStatuses'];
  rules: readonly Rule[];
  outcomes: RuleOutcome[];
  findings: Finding[];
}

export function buildReport(input: ReportInput): Report {
  const finished = new Date();
  const zeroCounts = () => Object.fromEntries(OUTCOMES.map((o) => [o, 0])) as Record<(typeof OUTCOMES)[number], number>;
  const ruleCounts = new Map(input.rules.map((r) => [r.meta.id, zeroCounts()]));
  for (const o of input.outcomes) {
    const c = ruleCounts.get(o.ruleId);
    if (c) c[o.outcome]++;
  }
  const add = (map: Record<string, { fail: number; needsReview: number }>, key: string, f: Finding) => {
    const entry = (map[key] ??= { fail: 0, needsReview: 0 });
    if (f.outcome === 'fail') entry.fail++;
    else entry.needsReview++;
  };
  const bySeverity = Object.fromEntries(SEVERITIES.map((s) => [s, { fail: 0, needsReview: 0 }])) as Report['summary']['bySeverity'];
  const byStandard: Record<string, { fail: number; needsReview: number }> = {};
  const byWcag: Record<string, { fail: number; needsReview: number }> = {};
  const byPage: Record<string, { fail: number; needsReview: number }> = {};
  for (const f of input.findings) {
    add(bySeverity, f.severity, f);
    for (const s of f.standards) add(byStandard, s, f);
    for (const w of f.wcag) add(byWcag, w, f);
    add(byPage, f.url, f);
  }
  const worstPages = Object.entries(byPage)
    .map(([url, c]) => ({ url, ...c }))
    .sort((a, b) => b.fail - a.fail || b.needsReview - a.needsReview || a.url.localeCompare(b.url))
    .slice(0, 10);
  const count = (o: PageRecord['outcome']) => input.pages.filter((p) => p.outcome === o).length;
  const rules = input.rules.map((r) => ({
    id: r.meta.id,
    scope: r.meta.scope,
    title: r.meta.title,
    failureTitle: r.meta.failureTitle,
    description: r.meta.description,
    severity: r.meta.severity,
    advisory: r.meta.advisory ?? false,
    wcag: [...r.meta.wcag],
    standards: [...r.meta.standards],
    helpUrl: r.meta.helpUrl ?? null,
    counts: ruleCounts.get(r.meta.id) ?? zeroCounts(),
  }));
  return {
    schemaVersion: REPORT_SCHEMA_VERSION,
    tool: { name: 'inclusive-audit', version: input.version, axeVersion: input.axeVersion },
    startedAt: input.startedAt.toISOString(),
    finishedAt: finished.toISOString(),
    durationMs: finished.getTime() - input.startedAt.getTime(),
    auditDate: input.auditDate.toISOString().slice(0, 10),
    startUrl: input.startUrls[0] ?? '',
    startUrls: input.startUrls,
    settings: input.settings,
    readingAgeConvention: READING_AGE_CONVENTION,
    pages: input.pages,
    documents: input.documents,
    linkStatuses: input.linkStatuses,
    rules,
    outcomes: input.outcomes,
    findings: input.findings,
    summary: {
      pages: { audited: count('audited'), error: count('error'), skipped: count('skipped') },
      findings: {
        fail: input.findings.filter((f) => f.outcome === 'fail').length,
        needsReview: input.findings.filter((f) => f.outcome === 'needs-review').length,
      },
      bySeverity,
      byStandard,
      byWcag,
      worstPages,
    },
    scorecard: buildScorecard(rules, input.findings),
  };
}
