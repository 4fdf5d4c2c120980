// A hostile page audited for real: its title, text, attributes and link URLs carry script, markup,
// Markdown and spreadsheet-formula payloads. Every reporter must carry them only as inert text.
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { audit } from '../../src/audit.js';
import type { Report } from '../../src/report.js';
import { REPORTERS, type ReporterName } from '../../src/reporters/index.js';
import { useBrowser, useServer } from '../helpers/browser.js';
import { sarifValidator } from '../helpers/sarif-schema.js';
import { parseCsv } from './csv-parse.js';

const SCRIPT = '<script>window.__pwned=1</script>';
const IMAGE_MD = '![x](http://evil.example/x.png)';
const browser = useBrowser();
const server = useServer(fileURLToPath(new URL('../../fixtures/pages/xss-payloads', import.meta.url)));
let report: Report;
let out: Record<ReporterName, string>;

beforeAll(async () => {
  report = await audit({ urls: [`${server().url}/`], browser: browser(), maxPages: 5, concurrency: 1 });
  out = Object.fromEntries(Object.entries(REPORTERS).map(([name, format]) => [name, format(report)])) as typeof out;
});

describe('the hostile fixture', () => {
  it('really puts the payloads into the report', () => {
    const messages = report.findings.map((f) => f.message).join('\n');
    const snippets = report.findings.map((f) => f.html ?? '').join('\n');
    expect(messages).toContain(SCRIPT); // the duplicate page title
    expect(messages).toContain('"><img src=x onerror="window.__pwned=1">');
    expect(messages).toContain(IMAGE_MD); // the broken link's text
    expect(messages).toContain('=HYPERLINK("http://evil.example","x")');
    expect(snippets).toContain('<a href="javascript:window.__pwned=1;alert(1)"');
    expect(snippets).toContain('<img src="data:image/gif');
    expect(report.pages.some((p) => p.url.includes('%27onmouseover%3D%27'))).toBe(true);
  });
});

describe('HTML', () => {
  it('runs no payload, fires no dialog, makes no request and renders no injected element in Chromium', async () => {
    const page = await browser().newPage();
    const requests: string[] = [];
    const dialogs: string[] = [];
    try {
      await page.setRequestInterception(true);
      page.on('request', (r) => {
        requests.push(r.url());
        void r.abort();
      });
      page.on('dialog', (d) => {
        dialogs.push(d.message());
        void d.dismiss();
      });
      await page.setContent(out.html, { waitUntil: 'load' });
      await new Promise((r) => setTimeout(r, 300)); // let any onerror handler have its chance
      const dom = (await page.evaluate(`(() => ({
        pwned: typeof window.__pwned,
        scripts: document.scripts.length,
        images: document.images.length,
        frames: document.querySelectorAll('iframe, object, embed, textarea, input, base, link').length,
        styles: document.querySelectorAll('style').length,
        handlers: [...document.querySelectorAll('*')].flatMap((el) => [...el.attributes].map((a) => a.name)).filter((n) => n.startsWith('on')),
        hrefs: [...document.querySelectorAll('[href]')].map((el) => el.getAttribute('href')),
        text: document.body.textContent,
        filtersShown: !document.getElementById('filters').hidden,
      }))()`)) as { pwned: string; scripts: number; images: number; frames: number; styles: number; handlers: string[]; hrefs: string[]; text: string; filtersShown: boolean };
      expect(dom.pwned).toBe('undefined');
      expect(dialogs).toEqual([]);
      expect(requests).toEqual([]);
      expect(dom.scripts).toBe(1); // the report's own filter script
      expect(dom.filtersShown).toBe(true); // and the CSP hash lets it run
      expect(dom.images).toBe(0);
      expect(dom.frames).toBe(0);
      expect(dom.styles).toBe(1);
      expect(dom.handlers).toEqual([]);
      for (const href of dom.hrefs) expect(href).toMatch(/^https?:\/\//);
      // The payloads are still there, as visible text.
      expect(dom.text).toContain(SCRIPT);
      expect(dom.text).toContain('javascript:window.__pwned=1;alert(1)');
    } finally {
      await page.close();
    }
  });
});

describe('JUnit XML', () => {
  it('is well-formed and holds the payloads only escaped', () => {
    expect(XMLValidator.validate(out.junit)).toBe(true);
    for (const raw of ['<script', '<img', '<a href', ']]>', '"><']) expect(out.junit).not.toContain(raw);
    // Parsed back, the text is exactly what the page said.
    const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' }).parse(out.junit);
    const text = JSON.stringify(doc);
    expect(text).toContain(JSON.stringify(SCRIPT).slice(1, -1));
    expect(text).toContain('javascript:window.__pwned=1;alert(1)');
  });

  it('drops characters XML 1.0 forbids', () => {
    const dirty = structuredClone(report);
    dirty.findings[0]!.message = `bell\u0007 null\u0000 lone\uD800 nonchar\uFFFF ok`;
    const xml = REPORTERS.junit(dirty);
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(xml).toContain('bell null lone nonchar ok');
  });
});

describe('SARIF', () => {
  it('validates against the SARIF 2.1.0 schema and keeps the payloads as data', () => {
    const log = JSON.parse(out.sarif);
    const validate = sarifValidator();
    expect(validate(log), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    expect(log.runs[0].results.map((r: { message: { text: string } }) => r.message.text)).toEqual(report.findings.map((f) => f.message));
  });
});

describe('Markdown', () => {
  it('has no raw HTML, links, images or mentions from the page', () => {
    const md = out.markdown;
    expect(md).not.toMatch(/(?<!\\)<[a-zA-Z/!?]/); // no tag can open
    expect(md).not.toMatch(/(?<!\\)[[\]]/); // no link or image can open
    expect(md).not.toMatch(/(?<!\\):\/\//); // no autolink
    expect(md).not.toMatch(/(?<!\\)`/); // no code span can open
    expect(md).not.toMatch(/@everyone/); // mentions are broken with a zero-width space
    expect(md).not.toContain(IMAGE_MD);
    // Pipes from the page cannot add table cells.
    for (const line of md.split('\n').filter((l) => !l.startsWith('|'))) expect(line).not.toMatch(/(?<!\\)\|/);
    // The page's words are still there to read, escaped.
    expect(md).toContain('\\<script\\>window.\\_\\_pwned=1\\</script\\>');
    expect(md).toContain('@\u200beveryone');
  });
});

describe('CSV', () => {
  it('has one row per finding and no cell a spreadsheet would run as a formula', () => {
    const rows = parseCsv(out.csv);
    expect(rows).toHaveLength(report.findings.length + 1);
    for (const row of rows) {
      expect(row).toHaveLength(rows[0]!.length);
      for (const cell of row) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
    }
    // Quotes, commas and line breaks survive the round trip exactly.
    const messages = rows.slice(1).map((r) => r[6]);
    expect(messages).toEqual(report.findings.map((f) => f.message));
  });

  it('neutralises formula cells with a leading apostrophe', () => {
    const hostile = structuredClone(report);
    const payloads = ['=HYPERLINK("http://evil.example","x")', '+1+1', '-1+1', '@SUM(1)', '\tcmd', '\rcmd'];
    hostile.findings = payloads.map((p, i) => ({ ...report.findings[0]!, selector: p, message: `${p} ${i}` }));
    const rows = parseCsv(REPORTERS.csv(hostile)).slice(1);
    expect(rows.map((r) => r[4])).toEqual(payloads.map((p) => `'${p}`));
    for (const row of rows) for (const cell of row) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
  });
});
