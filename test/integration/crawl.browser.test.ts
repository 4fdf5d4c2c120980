// The crawler against real HTTP on 127.0.0.1 and a real Chromium: scope, robots.txt, sitemaps,
// caps, de-duplication, broken links, a page that hangs, a 500, a redirect and a strict CSP.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateSite } from '../../bench/generate-site.mjs';
import { audit } from '../../src/audit.js';
import type { Report } from '../../src/report.js';
import { serveDirectory, type StaticServer } from '../../src/serve.js';
import { useBrowser } from '../helpers/browser.js';

const SITE = join(import.meta.dirname, '../../fixtures/sites/crawl-test');
const AXE_OFF = { 'axe/image-alt': 'off' as const };

let site: StaticServer;
let outside: StaticServer;
let outsideRequests = 0;
let calendarRequests = 0;

beforeAll(async () => {
  outside = await serveDirectory(SITE, {});
  outside.server.prependListener('request', () => outsideRequests++);
  site = await serveDirectory(SITE, {
    '/': (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(readFileSync(join(SITE, 'index.html'), 'utf8').replace('EXTERNAL', outside.url));
    },
    '/hang': () => {}, // never answers
    '/error500': (_req, res) => {
      res.writeHead(500, { 'content-type': 'text/html' });
      res.end('<!doctype html><title>Error</title><p>Server error</p>');
    },
    '/redirect': (_req, res) => {
      res.writeHead(301, { location: '/a.html' });
      res.end();
    },
    '/csp': (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html', 'content-security-policy': "default-src 'none'; img-src 'self'" });
      res.end('<!doctype html><html lang="en-GB"><head><title>Strict CSP</title></head><body><main><h1>Strict CSP</h1><img src="/a.png"></main></body></html>');
    },
    '/calendar': (req, res) => {
      calendarRequests++;
      const month = Number(new URL(req.url!, 'http://x').searchParams.get('month') ?? 1);
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end(`<!doctype html><html lang="en-GB"><title>Calendar ${month}</title><main><h1>Month ${month}</h1><a href="/calendar?month=${month + 1}">Next month</a></main></html>`);
    },
    '/sitemap.xml': (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/xml' });
      res.end(`<?xml version="1.0"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><sitemap><loc>${site.url}/pages.xml</loc></sitemap></sitemapindex>`);
    },
    '/pages.xml': (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/xml' });
      res.end(`<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>${site.url}/b.html</loc></url><url><loc>${site.url}/deep/two.html</loc></url><url><loc>${outside.url}/a.html</loc></url></urlset>`);
    },
  });
});
afterAll(async () => {
  await site?.close();
  await outside?.close();
});

const browser = useBrowser();
const page = (r: Report, path: string) => r.pages.find((p) => p.url === `${site.url}${path}`);

describe('a full crawl', () => {
  let report: Report;
  beforeAll(async () => {
    report = await audit({ urls: [`${site.url}/`], browser: browser(), pageTimeoutMs: 2500, auditDate: '2026-11-21', rules: {} });
  }, 90_000);

  it('audits each page once, whatever the form of the link', () => {
    const audited = report.pages.filter((p) => p.outcome === 'audited').map((p) => new URL(p.url).pathname + new URL(p.url).search).sort();
    expect(audited).toEqual(expect.arrayContaining(['/', '/a.html', '/b.html', '/sub/', '/csp', '/deep/one.html', '/deep/two.html', '/news/one.html']));
    const urls = report.pages.map((p) => p.url);
    expect(urls.length).toBe(new Set(urls).size);
    expect(urls.filter((u) => /\/b\.html/.test(u))).toEqual([`${site.url}/b.html`]);
    expect(urls.some((u) => /index\.html|#|utm_/.test(u))).toBe(false);
  });

  it('records a redirect, and audits its target once under its own URL', () => {
    expect(page(report, '/redirect')).toMatchObject({ outcome: 'skipped', status: 200, finalUrl: `${site.url}/a.html` });
    expect(page(report, '/redirect')!.error).toMatch(/redirects to .*\/a\.html/);
    expect(report.pages.filter((p) => p.finalUrl === `${site.url}/a.html` && p.outcome === 'audited').length).toBe(1);
  });

  it('records a 500 and a hanging page as errors with reasons, and carries on', () => {
    expect(page(report, '/error500')).toMatchObject({ outcome: 'error', status: 500 });
    expect(page(report, '/error500')!.error).toMatch(/HTTP 500/);
    expect(page(report, '/hang')).toMatchObject({ outcome: 'error', status: null });
    expect(page(report, '/hang')!.error).toMatch(/did not finish loading/);
    expect(page(report, '/deep/two.html')!.outcome).toBe('audited');
  });

  it('runs axe on a page with a strict Content-Security-Policy', () => {
    expect(report.findings.some((f) => f.ruleId === 'axe/image-alt' && f.url === `${site.url}/csp`)).toBe(true);
  });

  it('respects robots.txt, and still never fetches the disallowed page', () => {
    expect(page(report, '/private/secret.html')).toMatchObject({ outcome: 'skipped' });
    expect(page(report, '/private/secret.html')!.error).toMatch(/robots\.txt/);
    expect(report.linkStatuses.find((s) => s.url.endsWith('/private/secret.html'))?.checked).toBe('robots-disallowed');
  });

  it('never leaves its origin', () => {
    expect(report.pages.some((p) => p.url.startsWith(outside.url))).toBe(false);
    expect(outsideRequests).toBe(0);
  });

  it('caps an endless calendar', () => {
    const calendar = report.pages.filter((p) => p.url.includes('/calendar'));
    expect(calendar.filter((p) => p.outcome === 'audited').length).toBe(5);
    expect(calendar.find((p) => p.outcome === 'skipped')!.error).toMatch(/query strings/);
    expect(calendarRequests).toBeLessThanOrEqual(8);
  });

  it('records documents with status and size, without rendering them', () => {
    const pdf = report.documents.find((d) => d.url.endsWith('/docs/leaflet.pdf'));
    expect(pdf).toMatchObject({ status: 200, contentType: 'application/pdf' });
    expect(pdf!.bytes).toBeGreaterThan(10);
    expect(pdf!.linkedFrom[0]!.page).toBe(`${site.url}/`);
    expect(report.pages.some((p) => p.url.endsWith('.pdf'))).toBe(false);
  });

  it('knows the status of every same-origin link, and reports the broken one on the linking page', () => {
    const missing = report.linkStatuses.find((s) => s.url === `${site.url}/missing.html`);
    expect(missing?.status).toBe(404);
    const broken = report.findings.filter((f) => f.ruleId === 'broken-links');
    expect(broken.map((f) => [f.url, f.data?.status])).toEqual(expect.arrayContaining([[`${site.url}/`, 404], [`${site.url}/`, 500]]));
    expect(broken.every((f) => f.selector)).toBe(true);
    for (const s of report.linkStatuses) expect(s.status !== null || s.checked === 'robots-disallowed' || s.error !== null, s.url).toBe(true);
  });
});

describe('crawl limits', () => {
  it('stops at maxPages and accounts for every page it found', async () => {
    const r = await audit({ urls: [`${site.url}/`], browser: browser(), maxPages: 3, rules: AXE_OFF, pageTimeoutMs: 2500 });
    expect(r.pages.filter((p) => p.outcome !== 'skipped').length).toBe(3);
    expect(r.pages.filter((p) => p.error?.includes('page limit (3)')).length).toBeGreaterThan(5);
  });

  it('follows no links with crawl: false', async () => {
    const r = await audit({ urls: [`${site.url}/a.html`, `${site.url}/b.html`], crawl: false, browser: browser(), rules: AXE_OFF });
    expect(r.pages.map((p) => p.url).sort()).toEqual([`${site.url}/a.html`, `${site.url}/b.html`]);
  });

  it('stops at maxDepth', async () => {
    const r = await audit({ urls: [`${site.url}/a.html`], maxDepth: 1, browser: browser(), rules: AXE_OFF });
    expect(r.pages.map((p) => new URL(p.url).pathname)).toEqual(['/a.html', '/deep/one.html']);
  });

  it('keeps to include and exclude patterns', async () => {
    const r = await audit({ urls: [`${site.url}/`], include: ['/', '/news/**', '/a.html'], exclude: ['/a.html'], browser: browser(), rules: AXE_OFF, pageTimeoutMs: 2500 });
    const audited = r.pages.filter((p) => p.outcome === 'audited').map((p) => new URL(p.url).pathname).sort();
    expect(audited).toEqual(['/', '/news/one.html']);
  });

  it('starts from a sitemap index, dropping URLs outside the origin', async () => {
    const r = await audit({ sitemap: `${site.url}/sitemap.xml`, crawl: false, browser: browser(), rules: AXE_OFF });
    expect(r.pages.map((p) => new URL(p.url).pathname).sort()).toEqual(['/b.html', '/deep/two.html']);
    expect(outsideRequests).toBe(0);
  });
});

describe('a generated site of 200 pages', () => {
  let dir: string;
  let server: StaticServer;
  beforeAll(async () => {
    dir = generateSite(mkdtempSync(join(tmpdir(), 'ia-site-')), 200);
    server = await serveDirectory(dir);
  });
  afterAll(async () => {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('is crawled to the end, with every page accounted for', async () => {
    const allAxeOff = Object.fromEntries((await import('../../rules/index.js')).ALL_RULES.filter((r) => r.meta.id.startsWith('axe/')).map((r) => [r.meta.id, 'off' as const]));
    const r = await audit({ urls: [`${server.url}/`], browser: browser(), maxPages: 500, rules: allAxeOff });
    const paths = new Set(r.pages.filter((p) => p.outcome === 'audited').map((p) => new URL(p.url).pathname));
    expect(paths.size).toBe(200);
    for (let i = 1; i < 200; i++) expect(paths.has(`/page-${i}.html`), `page-${i}`).toBe(true);
    expect(r.pages.filter((p) => p.outcome !== 'audited')).toEqual([]);
    // The keyboard walk ran on the home page and 5 pages of the /page-#.html template, no more.
    const walked = r.outcomes.filter((o) => o.ruleId === 'focus-visible' && o.outcome !== 'inapplicable');
    const sampled = r.outcomes.filter((o) => o.ruleId === 'focus-visible' && o.note?.includes('same address pattern'));
    expect(walked.length).toBe(6);
    expect(sampled.length).toBe(194);
  }, 180_000);
});
