// The config file: inclusive-audit.config.json, .mjs or .js. One zod schema covers the audit
// options, the gate policy, the reporters and the baseline. Errors name the field and the problem.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { z } from 'zod';
import { ruleSet } from './audit.js';
import { UsageError } from './errors.js';
import { GatePolicySchema } from './gate.js';
import { AuditOptionsSchema, isRuleLike, RuleSettingSchema } from './options.js';
import { formatIssues, plainError } from './zod-messages.js';
import { REPORTERS } from './reporters/index.js';
import type { Rule } from './rule.js';

export const CONFIG_FILE_NAMES = ['inclusive-audit.config.json', 'inclusive-audit.config.mjs', 'inclusive-audit.config.js'] as const;
export const REPORTER_NAMES = Object.keys(REPORTERS) as (keyof typeof REPORTERS)[];
export type ReporterName = keyof typeof REPORTERS;

const audit = AuditOptionsSchema.shape;
const policy = GatePolicySchema.shape;
const ruleLike = z.custom<Rule>((v) => isRuleLike(v), 'expected a rule made with definePageRule or defineSiteRule');

export const ConfigSchema = z
  .object({
    $schema: z.string().optional(),
    // What to audit.
    urls: audit.urls.unwrap().optional(),
    sitemap: audit.sitemap,
    crawl: audit.crawl.unwrap().optional(),
    maxPages: audit.maxPages.unwrap().optional(),
    maxDepth: audit.maxDepth.unwrap().optional(),
    concurrency: audit.concurrency.unwrap().optional(),
    pageTimeoutMs: audit.pageTimeoutMs.unwrap().optional(),
    sampleInteractive: audit.sampleInteractive.unwrap().optional(),
    include: audit.include.unwrap().optional(),
    exclude: audit.exclude.unwrap().optional(),
    respectRobots: audit.respectRobots.unwrap().optional(),
    rules: z
      .record(z.string(), RuleSettingSchema)
      .optional()
      .describe('per rule: "off", "warn" (report, never fail) or "error" (any finding fails), or { level, severity, options }'),
    plugins: z
      .array(z.union([z.string(), ruleLike]))
      .optional()
      .describe('your own rules: module paths (relative to this file) whose default export is a rule or a list of rules'),
    // The gate.
    failOn: policy.failOn.unwrap().optional(),
    includeNeedsReview: policy.includeNeedsReview.unwrap().optional(),
    thresholds: policy.thresholds.unwrap().optional(),
    maxFindings: policy.maxFindings,
    // Outputs.
    reporters: z
      .object(Object.fromEntries(REPORTER_NAMES.map((n) => [n, z.string().min(1).optional()])) as Record<ReporterName, z.ZodOptional<z.ZodString>>)
      .strict()
      .optional()
      .describe('report formats to write: { "html": "report.html", "text": "-" }; "-" means the terminal'),
    baseline: z.string().optional().describe('baseline file: fail only on findings not in it'),
  })
  .strict();
export type Config = z.output<typeof ConfigSchema>;

export interface LoadedConfig {
  /** The config file, or null when none was found. */
  file: string | null;
  config: Config;
  /** Rules from `plugins`, loaded. */
  extraRules: Rule[];
}

/** Look for a config file from `cwd` upward, stopping at the first folder with a package.json (the project root). */
export function findConfigFile(cwd: string): string | null {
  let dir = resolve(cwd);
  for (;;) {
    for (const name of CONFIG_FILE_NAMES) if (existsSync(join(dir, name))) return join(dir, name);
    const up = dirname(dir);
    if (existsSync(join(dir, 'package.json')) || up === dir) return null;
    dir = up;
  }
}

/** Load `--config FILE`, or the file found from `cwd`; no file gives an empty config. */
export async function loadConfig(opts: { cwd: string; file?: string }): Promise<LoadedConfig> {
  const file = opts.file ? resolve(opts.cwd, opts.file) : findConfigFile(opts.cwd);
  if (!file) return { file: null, config: {}, extraRules: [] };
  if (!existsSync(file)) throw new UsageError(`The config file ${file} does not exist.`);
  return resolveConfig(await readConfigFile(file), file);
}

async function readConfigFile(file: string): Promise<unknown> {
  if (file.endsWith('.json')) {
    try {
      return JSON.parse(readFileSync(file, 'utf8'));
    } catch (err) {
      throw new UsageError(`The config file ${file} is not valid JSON: ${(err as Error).message}`);
    }
  }
  if (!/\.(mjs|js|cjs)$/.test(file)) throw new UsageError(`The config file ${file} must end in .json, .mjs or .js.`);
  try {
    const mod = (await import(pathToFileURL(file).href)) as { default?: unknown };
    return mod.default;
  } catch (err) {
    throw new UsageError(`The config file ${file} could not be loaded: ${(err as Error).message}`);
  }
}

/** Validate a config object. Paths inside it (plugins, reporters, baseline) are relative to `file`. */
export async function resolveConfig(raw: unknown, file: string): Promise<LoadedConfig> {
  const fail = (lines: string) => new UsageError(`The config file ${file} has problems:\n${lines}`);
  const parsed = ConfigSchema.safeParse(raw, { error: plainError });
  if (!parsed.success) throw fail(formatIssues(parsed.error.issues, '').replace(/^: /gm, ''));
  const config = parsed.data;
  const dir = dirname(file);
  const here = (p: string) => (isAbsolute(p) ? p : resolve(dir, p));

  const extraRules: Rule[] = [];
  for (const [i, plugin] of (config.plugins ?? []).entries()) {
    if (typeof plugin !== 'string') extraRules.push(plugin);
    else extraRules.push(...(await loadPlugin(here(plugin), `plugins.${i}`).catch((err: Error) => Promise.reject(fail(err.message)))));
  }
  const problems = checkRuleSettings(config.rules ?? {}, ruleSet(extraRules));
  if (problems.length) throw fail(problems.join('\n'));

  if (config.reporters) config.reporters = Object.fromEntries(Object.entries(config.reporters).map(([k, v]) => [k, v === '-' ? v : here(v!)]));
  if (config.baseline) config.baseline = here(config.baseline);
  return { file, config, extraRules };
}

async function loadPlugin(path: string, at: string): Promise<Rule[]> {
  let mod: Record<string, unknown>;
  try {
    mod = (await import(pathToFileURL(path).href)) as Record<string, unknown>;
  } catch (err) {
    throw new Error(`${at}: could not load ${path}: ${(err as Error).message}`);
  }
  const exported = mod.default ?? mod.rules;
  const list = Array.isArray(exported) ? exported : [exported];
  if (list.length === 0 || !list.every(isRuleLike)) throw new Error(`${at}: ${path} must export a rule, or a list of rules, as its default export.`);
  return list as Rule[];
}

/** Every rule id must exist, and rule options must pass the rule's own schema. */
export function checkRuleSettings(settings: NonNullable<Config['rules']>, rules: readonly Rule[]): string[] {
  const byId = new Map(rules.map((r) => [r.meta.id, r]));
  const problems: string[] = [];
  for (const [id, setting] of Object.entries(settings)) {
    const rule = byId.get(id);
    if (!rule) {
      problems.push(`rules.${id}: there is no rule with this id`);
      continue;
    }
    if (typeof setting !== 'object' || setting.options === undefined) continue;
    if (!rule.meta.options) {
      problems.push(`rules.${id}.options: this rule takes no options`);
      continue;
    }
    const result = rule.meta.options.safeParse(setting.options, { error: plainError });
    if (!result.success) problems.push(formatIssues(result.error.issues, `rules.${id}.options`));
  }
  return problems;
}
