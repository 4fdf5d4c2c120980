// Fingerprints in a real browser: they survive an extra wrapper and reordered siblings, and change
// with the page or the rule. Also covers auditHtml() and auditPage().
import { describe, expect, it } from 'vitest';
import { ALL_RULES } from '../rules/index.js';
import { compareWithBaseline, baselineFrom } from '../src/baseline.js';
import { fingerprint } from '../src/engine/fingerprint.js';
import { auditHtml, auditPage } from '../src/page-audit.js';
import { serveDirectory } from '../src/serve.js';
import { useBrowser } from './helpers/browser.js';

const browser = useBrowser();
// Only the image-alt rule: the test is about fingerprints, not about every gatherer.
const rules = Object.fromEntries(ALL_RULES.filter((r) => r.meta.id !== 'axe/image-alt').map((r) => [r.meta.id, 'off' as const]));

const page = (body: string) => `<!doctype html><html lang="en"><head><title>Test results</title></head><body><main><h1>Test results</h1>${body}</main></body></html>`;
const ORIGINAL = page('<p>Call us for results.</p><img src="/images/map.png"><img src="/images/team.png">');
const CHANGED = page('<div class="wrapper"><img src="/images/team.png"><p>Call us for results.</p><section><img src="/images/map.png"></section></div>');

describe('finding fingerprints', () => {
  it('survive an extra wrapper and reordered siblings, and tell two elements apart', async () => {
    const before = await auditHtml(ORIGINAL, { browser: browser(), rules, path: '/test-results' });
    const after = await auditHtml(CHANGED, { browser: browser(), rules, path: '/test-results' });
    const prints = (r: typeof before) => r.findings.filter((f) => f.ruleId === 'axe/image-alt').map((f) => f.fingerprint).sort();
    expect(prints(before)).toHaveLength(2);
    expect(new Set(prints(before)).size).toBe(2);
    expect(prints(after)).toEqual(prints(before));

    const baseline = baselineFrom(before);
    expect(compareWithBaseline(after, baseline, 'b.json')).toEqual({ file: 'b.json', new: [], fixed: [], unchanged: 2 });
  });

  it('change when the page or the rule changes', async () => {
    const home = await auditHtml(ORIGINAL, { browser: browser(), rules, path: '/test-results' });
    const other = await auditHtml(ORIGINAL, { browser: browser(), rules, path: '/appointments' });
    const a = home.findings.map((f) => f.fingerprint);
    const b = other.findings.map((f) => f.fingerprint);
    expect(a.some((fp) => b.includes(fp))).toBe(false);
    const f = home.findings[0]!;
    expect(fingerprint('axe/role-img-alt', f.url, f.selector, f.html, f.messageId)).not.toBe(f.fingerprint);
    expect(fingerprint(f.ruleId, f.url, f.selector, f.html, f.messageId)).toBe(f.fingerprint);
  });

  it('survive a wrapper in a path selector, but tell two images in one place apart', () => {
    const url = 'https://gp.example/contact';
    const before = fingerprint('site-rule', url, 'html > body > main > p:nth-of-type(2) > a', '<a href="/book" class="btn">Book</a>', 'm');
    const after = fingerprint('site-rule', url, 'html > body > main > div > div:nth-of-type(3) > p > a', '<a class="btn btn--new" href="/book">Book</a>', 'm');
    expect(after).toBe(before);
    const img = (src: string) => fingerprint('site-rule', url, 'html > body > main > img', `<img src="${src}">`, 'm');
    expect(img('/a.png')).not.toBe(img('/b.png'));
    expect(fingerprint('site-rule', url, 'html > body > footer > a', '<a href="/book" class="btn">Book</a>', 'm')).not.toBe(before);
  });

  it('ignore the query string but not the path', () => {
    const fp = (url: string) => fingerprint('broken-links', url, null, null, 'broken', { href: '/x' });
    expect(fp('https://gp.example/contact?utm=1')).toBe(fp('https://gp.example/contact/'));
    expect(fp('https://gp.example/contact')).not.toBe(fp('https://gp.example/contact-us'));
  });
});

describe('auditPage', () => {
  it('audits a page the caller already has open', async () => {
    const server = await serveDirectory(process.cwd(), {
      '/after-login': (_req, res) => {
        res.writeHead(200, { 'content-type': 'text/html' });
        res.end(page('<img src="/images/map.png">'));
      },
    });
    const tab = await browser().newPage();
    try {
      await tab.goto(`${server.url}/after-login`);
      const report = await auditPage(tab, { rules });
      expect(report.findings.map((f) => [f.ruleId, f.url])).toEqual([['axe/image-alt', `${server.url}/after-login`]]);
      expect(report.summary.pages.audited).toBe(1);
      // Its network use was not recorded: rules that need it do not apply, and none errors.
      const all = await auditPage(tab);
      expect(all.outcomes.find((o) => o.ruleId === 'page-weight')).toMatchObject({ outcome: 'inapplicable', note: expect.stringMatching(/not recorded/) });
      expect(all.outcomes.filter((o) => o.outcome === 'error')).toEqual([]);
    } finally {
      await tab.close();
      await server.close();
    }
  });
});
