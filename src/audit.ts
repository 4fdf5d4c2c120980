// audit(): crawl, gather, run rules and build the report. The browser and its profile are
// closed on every path out, including errors.
import { writeFileSync, renameSync } from 'node:fs';
import { axeCore as axe } from './axe-core.js';
import { ALL_RULES } from '../rules/index.js';
import type { ArtifactName, PageSnapshot, SiteArtifacts } from './artifacts.js';
import { launchBrowser } from './browser.js';
import { headCheck } from './crawl/http.js';
import { readSitemap } from './crawl/sitemap.js';
import { normaliseUrl } from './crawl/url.js';
import { crawl, type PageRecord } from './engine/crawl.js';
import { runPageRules, runSiteRules, type RuleSetting } from './engine/run-rules.js';
import { RuntimeError, UsageError } from './errors.js';
import type { Finding, RuleOutcome } from './findings.js';
import { AXE_TAGS } from './gatherers/axe.js';
import { resolveOptions, type AuditOptions, type ResolvedOptions } from './options.js';
import { buildReport, type Report } from './report.js';
import type { Rule } from './rule.js';
import { VERSION } from './version.js';

/** The built-in rules plus the caller's own; an id may be used only once. */
export function ruleSet(extra: readonly Rule[] = []): readonly Rule[] {
  if (extra.length === 0) return ALL_RULES;
  const all = [...ALL_RULES, ...extra];
  const ids = all.map((r) => r.meta.id);
  const clash = ids.filter((id, i) => ids.indexOf(id) !== i);
  if (clash.length) throw new UsageError(`Two rules have the id ${[...new Set(clash)].map((id) => `"${id}"`).join(', ')}. Give your own rules ids of their own.`);
  return all;
}

/** The enabled rules and their settings, from the `rules` option. */
export function selectRules(settings: ResolvedOptions['rules'], rules: readonly Rule[] = ALL_RULES) {
  const known = new Set(rules.map((r) => r.meta.id));
  const unknown = Object.keys(settings).filter((id) => !known.has(id));
  if (unknown.length) throw new UsageError(`Unknown rule id(s) in rules: ${unknown.join(', ')}`);
  const perRule: Record<string, RuleSetting> = {};
  const enabled = rules.filter((r) => {
    const s = settings[r.meta.id];
    const level = typeof s === 'string' ? s : s?.level;
    if (typeof s === 'object') perRule[r.meta.id] = { severity: s.severity, options: s.options };
    return level === undefined ? !r.meta.defaultOff : level !== 'off';
  });
  return { enabled, perRule };
}

/** Artifacts the enabled rules need. Links and Http are always gathered: the crawler uses them. */
export function neededArtifacts(rules: readonly Rule[]): Set<ArtifactName> {
  const needed = new Set<ArtifactName>(['Links', 'Http']);
  for (const r of rules) for (const a of r.meta.requires) needed.add(a);
  return needed;
}

/** Run page rules on every snapshot, then site rules over the whole site. */
export function evaluateSite(rules: readonly Rule[], perRule: Record<string, RuleSetting>, site: SiteArtifacts) {
  const ctx = { auditDate: new Date(site.auditDate), settings: perRule };
  const outcomes: RuleOutcome[] = [];
  const findings: Finding[] = [];
  for (const snapshot of site.pages) {
    const out = runPageRules(rules, snapshot, ctx);
    outcomes.push(...out.outcomes);
    findings.push(...out.findings);
  }
  const siteOut = runSiteRules(rules, site, ctx);
  return { outcomes: [...outcomes, ...siteOut.outcomes], findings: sortFindings([...findings, ...siteOut.findings]) };
}

/** Audit a website: crawl from the start URLs (or a sitemap) and return the report. */
export async function audit(input: AuditOptions): Promise<Report> {
  const opts = resolveOptions(input);
  const startedAt = new Date();
  const auditDate = opts.auditDate ?? startedAt;
  const { enabled, perRule } = selectRules(opts.rules, ruleSet(opts.extraRules));

  const startUrls = [...opts.urls];
  if (opts.sitemap) {
    // A sitemap may list other sites; the audit keeps to the sitemap's own origin.
    const origin = new URL(opts.sitemap).origin;
    startUrls.push(...(await readSitemap(opts.sitemap)).filter((u) => new URL(u).origin === origin));
  }
  const unique = [...new Set(startUrls.map((u) => normaliseUrl(u) ?? u))];
  if (unique.length === 0) throw new RuntimeError('The sitemap lists no pages to audit.');
  await assertReachable(unique[0]!);

  const launched = opts.browser ? null : await launchBrowser({ executablePath: opts.executablePath });
  const browser = opts.browser ?? launched!.browser;
  const snapshots: PageSnapshot[] = [];
  let result;
  try {
    result = await crawl({
      browser,
      startUrls: unique,
      crawl: opts.crawl,
      maxPages: opts.maxPages,
      maxDepth: opts.maxDepth,
      concurrency: opts.concurrency,
      pageTimeoutMs: opts.pageTimeoutMs,
      sampleInteractive: opts.sampleInteractive,
      include: opts.include,
      exclude: opts.exclude,
      respectRobots: opts.respectRobots,
      needed: neededArtifacts(enabled),
      axeTags: AXE_TAGS,
      onProgress: opts.onProgress,
      signal: opts.signal,
      onPage: (snapshot) => snapshots.push(snapshot),
    });
  } finally {
    await launched?.close();
  }

  const site: SiteArtifacts = {
    startUrl: unique[0]!,
    auditDate: auditDate.toISOString(),
    pages: inStableOrder(snapshots, unique),
    documents: result.documents,
    linkStatuses: result.linkStatuses,
  };
  const settings: Report['settings'] = {
    crawl: opts.crawl,
    maxPages: opts.maxPages,
    maxDepth: opts.maxDepth,
    concurrency: opts.concurrency,
    pageTimeoutMs: opts.pageTimeoutMs,
    include: opts.include,
    exclude: opts.exclude,
    respectRobots: opts.respectRobots,
    sampleInteractive: opts.sampleInteractive,
    axeTags: [...AXE_TAGS],
  };
  const saved: SavedSnapshots = { startedAt: startedAt.toISOString(), startUrls: unique, settings, records: result.pages, site };
  if (opts.saveSnapshots) writeFileAtomic(opts.saveSnapshots, JSON.stringify(saved));
  return reportFor(saved, enabled, perRule, startedAt);
}

function reportFor(saved: SavedSnapshots, rules: readonly Rule[], perRule: Record<string, RuleSetting>, startedAt: Date): Report {
  const { outcomes, findings } = evaluateSite(rules, perRule, saved.site);
  return buildReport({
    version: VERSION,
    axeVersion: axe.version,
    startedAt,
    auditDate: new Date(saved.site.auditDate),
    startUrls: saved.startUrls,
    settings: saved.settings,
    pages: saved.records,
    documents: saved.site.documents,
    linkStatuses: saved.site.linkStatuses,
    rules,
    outcomes,
    findings,
  });
}

/** Start pages first, then by URL: the crawl finishes pages in any order, but rules and reports must not vary. */
function inStableOrder(snapshots: PageSnapshot[], starts: string[]): PageSnapshot[] {
  const rank = (p: PageSnapshot) => {
    const i = starts.indexOf(p.url);
    return i === -1 ? starts.length : i;
  };
  return [...snapshots].sort((a, b) => rank(a) - rank(b) || a.url.localeCompare(b.url));
}

async function assertReachable(url: string): Promise<void> {
  const head = await headCheck(url, 15_000);
  if (head.status === null) throw new RuntimeError(`The start URL ${url} could not be reached: ${head.error ?? 'no answer'}.`);
}

const SEVERITY_RANK = { critical: 0, serious: 1, moderate: 2, minor: 3 } as const;

/** Fails before needs-review, then most severe first, then by page and rule: stable output. */
export function sortFindings(findings: Finding[]): Finding[] {
  return findings.sort(
    (a, b) =>
      (a.outcome === b.outcome ? 0 : a.outcome === 'fail' ? -1 : 1) ||
      SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
      a.url.localeCompare(b.url) ||
      a.ruleId.localeCompare(b.ruleId) ||
      (a.selector ?? '').localeCompare(b.selector ?? ''),
  );
}

/** Write a file whole or not at all: write a temporary file beside it, then rename. */
export function writeFileAtomic(path: string, content: string): void {
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, content);
  renameSync(tmp, path);
}

export interface SavedSnapshots {
  startedAt: string;
  startUrls: string[];
  settings: Report['settings'];
  records: PageRecord[];
  site: SiteArtifacts;
}

/** Audit saved snapshots again without a browser, like Lighthouse's -A. */
export function auditSnapshots(saved: SavedSnapshots, input: Pick<AuditOptions, 'rules' | 'auditDate' | 'extraRules'> = {}): Report {
  const opts = resolveOptions({ urls: saved.startUrls, ...input });
  const { enabled, perRule } = selectRules(opts.rules, ruleSet(opts.extraRules));
  const site = opts.auditDate ? { ...saved.site, auditDate: opts.auditDate.toISOString() } : saved.site;
  return reportFor({ ...saved, site }, enabled, perRule, new Date());
}
