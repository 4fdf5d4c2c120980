// Audit one page: a puppeteer Page the caller already has (after logging in, say), or an HTML
// string served on 127.0.0.1 and loaded in a real browser.
import { axeCore as axe } from './axe-core.js';
import type { Browser, Page } from 'puppeteer-core';
import type { PageSnapshot, SiteArtifacts } from './artifacts.js';
import { evaluateSite, neededArtifacts, ruleSet, selectRules } from './audit.js';
import { launchBrowser } from './browser.js';
import { gatherPage } from './engine/gather.js';
import { AXE_TAGS } from './gatherers/axe.js';
import { NetworkLog } from './gatherers/network.js';
import { resolveOptions, type AuditOptions } from './options.js';
import { buildReport, type Report } from './report.js';
import { serveDirectory, type Route } from './serve.js';
import { VERSION } from './version.js';

export type PageAuditOptions = Pick<AuditOptions, 'rules' | 'auditDate' | 'extraRules'>;

/** The caller loaded the page, so its network use was not recorded: rules that need it do not apply. */
const NOT_RECORDED = new Map([['Http', 'The page was loaded before the audit, so its network use was not recorded.']] as const);

/** Audit the page as it is now. Site rules see a site of this one page. */
export async function auditPage(page: Page, options: PageAuditOptions = {}): Promise<Report> {
  const p = plan(options);
  const snapshot = await gatherPage({ page, url: page.url(), depth: 0, needed: p.needed, skip: NOT_RECORDED, axeTags: AXE_TAGS });
  return reportForSnapshot(snapshot, p);
}

/** Serve the HTML on 127.0.0.1, load it in a real browser and audit it. */
export async function auditHtml(html: string, options: PageAuditOptions & { browser?: Browser; path?: string } = {}): Promise<Report> {
  const { browser: given, path = '/', ...auditOptions } = options;
  const p = plan(auditOptions);
  const route: Route = (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(html);
  };
  const server = await serveDirectory(process.cwd(), { [path]: route });
  const launched = given ? null : await launchBrowser();
  const browser = given ?? launched!.browser;
  const page = await browser.newPage();
  try {
    const network = await NetworkLog.attach(page);
    const response = await page.goto(`${server.url}${path}`, { waitUntil: 'load', timeout: 30_000 });
    const snapshot = await gatherPage({ page, url: page.url(), depth: 0, network, response, needed: p.needed, axeTags: AXE_TAGS });
    return reportForSnapshot(snapshot, p);
  } finally {
    await page.close().catch(() => {});
    await launched?.close();
    await server.close();
  }
}

/** Options checked once, before anything loads: the rules to run and the artifacts they need. */
function plan(options: PageAuditOptions) {
  const opts = resolveOptions({ urls: ['http://127.0.0.1/'], ...options });
  const { enabled, perRule } = selectRules(opts.rules, ruleSet(opts.extraRules));
  return { auditDate: opts.auditDate ?? new Date(), enabled, perRule, needed: neededArtifacts(enabled) };
}

function reportForSnapshot(snapshot: PageSnapshot, { auditDate, enabled, perRule }: ReturnType<typeof plan>): Report {
  const site: SiteArtifacts = { startUrl: snapshot.finalUrl, auditDate: auditDate.toISOString(), pages: [snapshot], documents: [], linkStatuses: [] };
  const { outcomes, findings } = evaluateSite(enabled, perRule, site);
  return buildReport({
    version: VERSION,
    axeVersion: axe.version,
    startedAt: new Date(snapshot.fetchedAt),
    auditDate,
    startUrls: [snapshot.finalUrl],
    settings: { crawl: false, maxPages: 1, maxDepth: 0, concurrency: 1, pageTimeoutMs: 0, include: [], exclude: [], respectRobots: false, sampleInteractive: 0, axeTags: [...AXE_TAGS] },
    pages: [{ url: snapshot.url, finalUrl: snapshot.finalUrl, status: snapshot.status, outcome: 'audited', error: null, depth: 0, referrer: null, durationMs: null }],
    documents: [],
    linkStatuses: [],
    rules: enabled,
    outcomes,
    findings,
  });
}
