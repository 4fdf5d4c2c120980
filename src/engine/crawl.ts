// The crawler: same-origin breadth-first crawl over several tabs of one browser. Every page it
// finds is accounted for (audited, error or skipped, with a reason), and nothing can hang: each
// page has one timeout covering navigation and gathering, one retry, and a fresh tab after a crash.
import PQueue from 'p-queue';
import type { Browser, HTTPResponse, Page } from 'puppeteer-core';
import type { ArtifactName, DocumentLink, LinkStatus, PageSnapshot } from '../artifacts.js';
import { artifactOf } from '../artifacts.js';
import { headCheck } from '../crawl/http.js';
import { loadRobots, type Robots } from '../crawl/robots.js';
import { createQueryTrapGuard, createScope, isHtmlContentType, looksLikeDocument, normaliseUrl, urlTemplate } from '../crawl/url.js';
import { AXE_SOURCE } from '../gatherers/axe.js';
import { NetworkLog } from '../gatherers/network.js';
import { gatherPage } from './gather.js';

export interface CrawlOptions {
  browser: Browser;
  startUrls: readonly string[];
  /** Follow links from the start pages; false audits exactly the given URLs. */
  crawl: boolean;
  maxPages: number;
  maxDepth: number;
  concurrency: number;
  pageTimeoutMs: number;
  /** Costly interactive checks run on at most this many pages per URL template; 0 for all. */
  sampleInteractive: number;
  include?: readonly string[];
  exclude?: readonly string[];
  respectRobots: boolean;
  needed: ReadonlySet<ArtifactName>;
  axeTags: readonly string[];
  onPage(snapshot: PageSnapshot): void;
  onProgress?(p: CrawlProgress): void;
  signal?: AbortSignal;
}

export interface CrawlProgress {
  done: number;
  queued: number;
  errors: number;
  current?: string;
}

export interface PageRecord {
  url: string;
  finalUrl: string | null;
  status: number | null;
  outcome: 'audited' | 'error' | 'skipped';
  error: string | null;
  depth: number;
  referrer: string | null;
  durationMs: number | null;
}

export interface CrawlResult {
  pages: PageRecord[];
  documents: DocumentLink[];
  linkStatuses: LinkStatus[];
}

interface Tab {
  page: Page;
  network: NetworkLog;
}

interface Task {
  url: string;
  depth: number;
  referrer: string | null;
  attempt: number;
}

class PageTimeout extends Error {}

/** The interactive gatherers: they cost most, and pages of one template rarely differ in them. */
export const SAMPLED_ARTIFACTS: readonly ArtifactName[] = ['Keyboard', 'Layout'];

export async function crawl(opts: CrawlOptions): Promise<CrawlResult> {
  const starts = opts.startUrls.map((u) => normaliseUrl(u)).filter((u): u is string => u !== null);
  const scope = createScope({ origins: starts, include: opts.include, exclude: opts.exclude });
  const queryGuard = createQueryTrapGuard();
  const robots = new Map<string, Robots>();
  for (const origin of new Set(starts.map((u) => new URL(u).origin))) {
    robots.set(origin, opts.respectRobots ? await loadRobots(origin) : { isAllowed: () => true, sitemaps: [] });
  }
  const allowedByRobots = (url: string) => robots.get(new URL(url).origin)?.isAllowed(url) ?? true;

  const records = new Map<string, PageRecord>();
  const documents = new Map<string, DocumentLink>();
  const linksTo = new Map<string, number>(); // same-origin link targets, to check their status
  const freeTabs: Tab[] = [];
  const queue = new PQueue({ concurrency: Math.max(1, opts.concurrency) });
  let planned = 0;
  const progress = { done: 0, queued: 0, errors: 0 };
  const templates = new Map<string, { count: number; first: string }>();

  /** Which interactive artifacts to leave out of this page, because its template was sampled enough. */
  function sampling(url: string): Map<ArtifactName, string> | undefined {
    if (opts.sampleInteractive === 0) return undefined;
    const key = urlTemplate(url);
    const seen = templates.get(key) ?? { count: 0, first: url };
    templates.set(key, { ...seen, count: seen.count + 1 });
    if (seen.count < opts.sampleInteractive) return undefined;
    const reason = `Checked on ${opts.sampleInteractive} other pages with the same address pattern (such as ${seen.first}), not on this one. Set sampleInteractive to 0 to check every page.`;
    return new Map(SAMPLED_ARTIFACTS.map((a) => [a, reason]));
  }

  const record = (r: PageRecord): void => void records.set(r.url, r);
  const report = (current?: string) => opts.onProgress?.({ ...progress, queued: queue.size + queue.pending, current });

  function plan(url: string, depth: number, referrer: string | null, explicit: boolean): void {
    if (records.has(url) || documents.has(url)) return;
    if (looksLikeDocument(url)) {
      documents.set(url, { url, status: null, contentType: null, bytes: null, linkedFrom: [] });
      return;
    }
    const skip = (reason: string) => record({ url, finalUrl: null, status: null, outcome: 'skipped', error: reason, depth, referrer, durationMs: null });
    if (!explicit && !scope.allows(url)) return skip('It is outside the include or exclude patterns.');
    if (!allowedByRobots(url)) return skip('robots.txt does not allow it to be crawled.');
    if (!explicit && !queryGuard(url)) return skip('Too many versions of this page with different query strings (a likely crawler trap).');
    if (planned >= opts.maxPages) return skip(`The page limit (${opts.maxPages}) was reached.`);
    planned++;
    record({ url, finalUrl: null, status: null, outcome: 'skipped', error: 'Not visited yet.', depth, referrer, durationMs: null });
    enqueue({ url, depth, referrer, attempt: 0 });
  }

  function enqueue(task: Task): void {
    void queue.add(() => visit(task));
  }

  async function newTab(): Promise<Tab> {
    const page = await opts.browser.newPage();
    await page.setCacheEnabled(false);
    if (opts.needed.has('Axe')) await page.evaluateOnNewDocument(AXE_SOURCE);
    const network = await NetworkLog.attach(page);
    return { page, network };
  }

  async function discardTab(tab: Tab): Promise<void> {
    await Promise.race([tab.page.close().catch(() => {}), sleep(2000)]);
  }

  async function visit(task: Task): Promise<void> {
    if (opts.signal?.aborted) {
      record({ ...records.get(task.url)!, error: 'The audit was stopped before this page.' });
      return;
    }
    report(task.url);
    const started = Date.now();
    let tab = freeTabs.pop() ?? (await newTab());
    let timer: NodeJS.Timeout | undefined;
    try {
      const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new PageTimeout(`The page did not finish loading and gathering within ${opts.pageTimeoutMs / 1000} seconds.`)), opts.pageTimeoutMs);
      });
      await Promise.race([load(tab, task, started), timeout]);
      freeTabs.push(tab);
    } catch (err) {
      // The tab may be stuck or crashed: never reuse it.
      await discardTab(tab);
      const message = err instanceof Error ? err.message : String(err);
      if (task.attempt === 0 && !opts.signal?.aborted) {
        enqueue({ ...task, attempt: 1 });
        return;
      }
      progress.errors++;
      record({ url: task.url, finalUrl: null, status: null, outcome: 'error', error: reason(message), depth: task.depth, referrer: task.referrer, durationMs: Date.now() - started });
    } finally {
      clearTimeout(timer);
      progress.done++;
      report();
    }
  }

  async function load(tab: Tab, task: Task, started: number): Promise<void> {
    tab.network.reset();
    let response: HTTPResponse | null;
    try {
      response = await tab.page.goto(task.url, { waitUntil: 'load', timeout: opts.pageTimeoutMs });
    } catch (err) {
      // Downloads (a PDF behind a URL with no extension) abort the navigation: record them as documents.
      if (/ERR_ABORTED/.test((err as Error).message)) {
        const head = await headCheck(task.url);
        if (head.status !== null && !isHtmlContentType(head.contentType)) {
          records.delete(task.url);
          documents.set(task.url, { url: task.url, status: head.status, contentType: head.contentType, bytes: head.bytes, linkedFrom: [] });
          return;
        }
      }
      throw err;
    }
    const status = response?.status() ?? null;
    const finalUrl = normaliseUrl(tab.page.url()) ?? tab.page.url();
    const base = { url: task.url, finalUrl, status, depth: task.depth, referrer: task.referrer };
    const contentType = response?.headers()['content-type'] ?? null;
    if (!isHtmlContentType(contentType)) {
      records.delete(task.url);
      documents.set(task.url, { url: task.url, status, contentType, bytes: null, linkedFrom: [] });
      return;
    }
    if (status !== null && status >= 400) {
      progress.errors++;
      record({ ...base, outcome: 'error', error: `The server answered HTTP ${status}.`, durationMs: Date.now() - started });
      return;
    }
    if (!scope.sameOrigin(finalUrl)) {
      record({ ...base, outcome: 'skipped', error: `It redirects to ${finalUrl}, outside the audit's scope.`, durationMs: null });
      return;
    }
    if (finalUrl !== task.url) {
      // A redirect: the target is audited under its own URL, once, however many URLs lead to it.
      plan(finalUrl, task.depth, task.url, false);
      record({ ...base, outcome: 'skipped', error: `It redirects to ${finalUrl}, which is audited as its own page.`, durationMs: null });
      return;
    }
    const snapshot = await gatherPage({ page: tab.page, url: task.url, depth: task.depth, network: tab.network, response, needed: opts.needed, skip: sampling(task.url), axeTags: opts.axeTags });
    record({ ...base, outcome: 'audited', error: null, durationMs: Date.now() - started });
    opts.onPage(snapshot);
    followLinks(snapshot, task);
  }

  function followLinks(snapshot: PageSnapshot, task: Task): void {
    const links = artifactOf(snapshot, 'Links');
    if (!links) return;
    for (const link of links) {
      const target = normaliseUrl(link.href);
      if (!target || !scope.sameOrigin(target)) continue;
      linksTo.set(target, (linksTo.get(target) ?? 0) + 1);
      const doc = documents.get(target);
      if (looksLikeDocument(target)) {
        plan(target, task.depth + 1, task.url, false);
        documents.get(target)?.linkedFrom.push({ page: snapshot.finalUrl, selector: link.selector, text: link.text });
        continue;
      }
      if (doc) doc.linkedFrom.push({ page: snapshot.finalUrl, selector: link.selector, text: link.text });
      if (opts.crawl && task.depth + 1 <= opts.maxDepth) plan(target, task.depth + 1, task.url, false);
    }
  }

  try {
    for (const url of starts) plan(url, 0, null, true);
    await queue.onIdle();
  } finally {
    await Promise.all(freeTabs.map(async (t) => { await t.network.detach(); await discardTab(t); }));
  }

  const linkStatuses = await checkLinks([...linksTo.keys()], records, documents, allowedByRobots, opts.pageTimeoutMs, opts.signal);
  // Pages finish in any order; sort so reports do not vary from run to run.
  const byUrl = <T extends { url: string }>(xs: T[]) => xs.sort((a, b) => a.url.localeCompare(b.url));
  const pages = [...records.values()];
  const startSet = new Set(starts);
  return {
    pages: [...pages.filter((p) => startSet.has(p.url)), ...byUrl(pages.filter((p) => !startSet.has(p.url)))],
    documents: byUrl([...documents.values()]),
    linkStatuses: byUrl(linkStatuses),
  };
}

/** Find the HTTP status of every same-origin link target and every document, without rendering. */
async function checkLinks(
  targets: string[],
  records: Map<string, PageRecord>,
  documents: Map<string, DocumentLink>,
  allowed: (url: string) => boolean,
  timeoutMs: number,
  signal?: AbortSignal,
): Promise<LinkStatus[]> {
  const out = new Map<string, LinkStatus>();
  const queue = new PQueue({ concurrency: 4 });
  const check = (url: string, apply: (r: Awaited<ReturnType<typeof headCheck>>) => void) => {
    if (signal?.aborted) return;
    void queue.add(async () => apply(await headCheck(url, timeoutMs)));
  };
  for (const url of targets) {
    const rec = records.get(url);
    if (rec && rec.status !== null) {
      out.set(url, { url, status: rec.status, error: null, checked: 'crawled' });
    } else if (!allowed(url)) {
      out.set(url, { url, status: null, error: 'robots.txt does not allow it', checked: 'robots-disallowed' });
    } else if (!documents.has(url)) {
      check(url, (r) => out.set(url, { url, status: r.status, error: r.error, checked: 'fetched' }));
    }
  }
  for (const doc of documents.values()) {
    if (doc.status !== null) {
      out.set(doc.url, { url: doc.url, status: doc.status, error: null, checked: 'fetched' });
      continue;
    }
    if (!allowed(doc.url)) {
      out.set(doc.url, { url: doc.url, status: null, error: 'robots.txt does not allow it', checked: 'robots-disallowed' });
      continue;
    }
    check(doc.url, (r) => {
      Object.assign(doc, { status: r.status, contentType: r.contentType, bytes: r.bytes });
      out.set(doc.url, { url: doc.url, status: r.status, error: r.error, checked: 'fetched' });
    });
  }
  await queue.onIdle();
  return [...out.values()];
}

function reason(message: string): string {
  if (/net::ERR_CONNECTION_REFUSED/.test(message)) return 'The server refused the connection.';
  if (/net::ERR_NAME_NOT_RESOLVED/.test(message)) return 'The host name could not be found.';
  if (/crash/i.test(message)) return `The browser tab crashed: ${message}`;
  if (/Navigation timeout/i.test(message)) return `The page did not finish loading in time: ${message}`;
  return message;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
