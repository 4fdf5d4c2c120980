// Audit options, validated with zod. An error lists every bad field with what is wrong.
import { z } from 'zod';
import { UsageError } from './errors.js';
import { formatIssues, plainError } from './zod-messages.js';
import { SEVERITIES } from './rule.js';

const RuleLevel = z.enum(['off', 'warn', 'error']);
export const RuleSettingSchema = z.union([
  RuleLevel,
  z.object({
    level: RuleLevel.optional(),
    severity: z.enum(SEVERITIES).optional(),
    options: z.record(z.string(), z.unknown()).optional(),
  }).strict(),
]);
export type RuleSettingInput = z.infer<typeof RuleSettingSchema>;

const httpUrl = z.string().refine((s) => {
  try {
    return ['http:', 'https:'].includes(new URL(s).protocol);
  } catch {
    return false;
  }
}, 'expected an absolute http or https URL');

export const AuditOptionsSchema = z
  .object({
    urls: z.array(httpUrl).default([]).describe('start URLs'),
    sitemap: httpUrl.optional().describe('a sitemap or sitemap index whose pages are audited'),
    crawl: z.boolean().default(true).describe('follow links from the start pages'),
    maxPages: z.number().int().positive().default(100),
    maxDepth: z.number().int().nonnegative().default(10),
    concurrency: z.number().int().min(1).max(16).default(2),
    pageTimeoutMs: z.number().int().min(1000).default(30_000),
    sampleInteractive: z
      .number()
      .int()
      .nonnegative()
      .default(5)
      .describe('run the keyboard walk and the zoom and reflow checks on at most this many pages per URL template; 0 means every page'),
    include: z.array(z.string()).default([]),
    exclude: z.array(z.string()).default([]),
    respectRobots: z.boolean().default(true),
    rules: z.record(z.string(), RuleSettingSchema).default({}).describe('per-rule level, severity and options'),
    extraRules: z
      .array(z.custom<import('./rule.js').Rule>((v) => isRuleLike(v), 'expected a rule made with definePageRule or defineSiteRule'))
      .default([])
      .describe('your own rules, run beside the built-in ones'),
    auditDate: z.coerce.date().optional().describe('the date rules treat as today; defaults to now'),
    executablePath: z.string().optional(),
    browser: z.custom<import('puppeteer-core').Browser>((v) => typeof v === 'object' && v !== null && 'newPage' in v, 'expected a puppeteer Browser').optional(),
    saveSnapshots: z.string().optional().describe('write the gathered site snapshot to this JSON file'),
    onProgress: z.custom<(p: import('./engine/crawl.js').CrawlProgress) => void>((v) => typeof v === 'function').optional(),
    signal: z.custom<AbortSignal>((v) => v instanceof AbortSignal).optional(),
  })
  .strict()
  .refine((o) => o.urls.length > 0 || o.sitemap, { message: 'give at least one URL, or a sitemap', path: ['urls'] });

export type AuditOptions = z.input<typeof AuditOptionsSchema>;

/** A rule object: meta with an id and scope, and a check function. */
export function isRuleLike(v: unknown): boolean {
  const r = v as { meta?: { id?: unknown; scope?: unknown }; check?: unknown };
  return typeof r === 'object' && r !== null && typeof r.meta?.id === 'string' && (r.meta.scope === 'page' || r.meta.scope === 'site') && typeof r.check === 'function';
}
export type ResolvedOptions = z.output<typeof AuditOptionsSchema>;

/** Parse options or throw a UsageError naming every bad field. */
export function resolveOptions(input: unknown): ResolvedOptions {
  const parsed = AuditOptionsSchema.safeParse(input, { error: plainError });
  if (parsed.success) return parsed.data;
  throw new UsageError(formatIssues(parsed.error.issues, 'options'));
}
