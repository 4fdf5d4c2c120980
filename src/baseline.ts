// Baselines: record today's findings by fingerprint, then fail only on findings that are new.
import { existsSync, readFileSync } from 'node:fs';
import { z } from 'zod';
import { writeFileAtomic } from './audit.js';
import { UsageError } from './errors.js';
import type { Report } from './report.js';

export const BaselineEntrySchema = z.object({
  fingerprint: z.string(),
  ruleId: z.string(),
  url: z.string(),
  message: z.string(),
});
export const BaselineSchema = z.object({
  baselineVersion: z.literal(1),
  tool: z.string(),
  createdAt: z.string(),
  entries: z.array(BaselineEntrySchema),
});
export type Baseline = z.infer<typeof BaselineSchema>;
export type BaselineSummary = NonNullable<Report['baseline']>;

/** The baseline for a report: one entry per fingerprint, sorted so the file diffs well. */
export function baselineFrom(report: Report): Baseline {
  const byPrint = new Map(report.findings.map((f) => [f.fingerprint, { fingerprint: f.fingerprint, ruleId: f.ruleId, url: f.url, message: f.message }]));
  const entries = [...byPrint.values()].sort((a, b) => a.fingerprint.localeCompare(b.fingerprint));
  return { baselineVersion: 1, tool: `inclusive-audit ${report.tool.version}`, createdAt: report.finishedAt, entries };
}

/** Which findings are new, which baseline entries are fixed, and how many are unchanged. */
export function compareWithBaseline(report: Report, baseline: Baseline, file: string): BaselineSummary {
  const known = new Set(baseline.entries.map((e) => e.fingerprint));
  const seen = new Set(report.findings.map((f) => f.fingerprint));
  const fresh = [...new Set(report.findings.map((f) => f.fingerprint).filter((fp) => !known.has(fp)))];
  return {
    file,
    new: fresh,
    fixed: baseline.entries.filter((e) => !seen.has(e.fingerprint)).map(({ fingerprint, ruleId, url }) => ({ fingerprint, ruleId, url })),
    unchanged: report.findings.filter((f) => known.has(f.fingerprint)).length,
  };
}

export function readBaseline(file: string): Baseline {
  if (!existsSync(file)) throw new UsageError(`The baseline file ${file} does not exist. Create it with --update-baseline.`);
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    throw new UsageError(`The baseline file ${file} is not valid JSON: ${(err as Error).message}`);
  }
  const parsed = BaselineSchema.safeParse(raw);
  if (!parsed.success) throw new UsageError(`The baseline file ${file} is not an inclusive-audit baseline. Write a new one with --update-baseline.`);
  return parsed.data;
}

/** Write the baseline whole or not at all. */
export function writeBaseline(file: string, baseline: Baseline): void {
  writeFileAtomic(file, `${JSON.stringify(baseline, null, 2)}\n`);
}
