// Layout, media and data rules on real pages in real Chromium: each rule's fail page fails with the
// expected elements, its pass page (good patterns a careless rule would flag) passes, and the clean
// example site and the NHS.UK-style page give no fails from these rules.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { ServerResponse } from 'node:http';
import { describe, expect, it } from 'vitest';
import { dataRules } from '../../rules/data/index.js';
import { layoutRules } from '../../rules/layout/index.js';
import { mediaRules } from '../../rules/media/index.js';
import type { ArtifactName } from '../../src/artifacts.js';
import type { Rule } from '../../src/rule.js';
import { gatherUrl, useBrowser, useServer } from '../helpers/browser.js';
import { INSTALL_HELPERS } from '../../src/gatherers/in-page.js';
import { layoutGatherer } from '../../src/gatherers/layout.js';
import { AXE_TAGS } from '../../src/gatherers/axe.js';
import { runRule } from '../helpers/rule-tester.js';

const root = join(import.meta.dirname, '..', '..', 'fixtures');
const RULES: Rule[] = [...layoutRules, ...mediaRules, ...dataRules];

const send = (type: string, body: Buffer) => (_req: unknown, res: ServerResponse) => {
  res.writeHead(200, { 'content-type': type, 'content-length': body.length });
  res.end(body);
};
/** A silent mono 8-bit WAV of the given length. */
function wav(seconds: number): Buffer {
  const rate = 8000;
  const data = Buffer.alloc(rate * seconds, 128);
  const h = Buffer.alloc(44);
  h.write('RIFF', 0); h.writeUInt32LE(36 + data.length, 4); h.write('WAVE', 8); h.write('fmt ', 12);
  h.writeUInt32LE(16, 16); h.writeUInt16LE(1, 20); h.writeUInt16LE(1, 22); h.writeUInt32LE(rate, 24); h.writeUInt32LE(rate, 28);
  h.writeUInt16LE(1, 32); h.writeUInt16LE(8, 34); h.write('data', 36); h.writeUInt32LE(data.length, 40);
  return Buffer.concat([h, data]);
}
/** A grey 24-bit BMP, square; big pictures weigh what real photos do. */
function bmp(size: number): Buffer {
  const row = Math.ceil((size * 3) / 4) * 4;
  const h = Buffer.alloc(54);
  h.write('BM', 0); h.writeUInt32LE(54 + row * size, 2); h.writeUInt32LE(54, 10); h.writeUInt32LE(40, 14);
  h.writeInt32LE(size, 18); h.writeInt32LE(size, 22); h.writeUInt16LE(1, 26); h.writeUInt16LE(24, 28); h.writeUInt32LE(row * size, 34);
  return Buffer.concat([h, Buffer.alloc(row * size, 0x99)]);
}
const ROUTES = {
  '/audio-autoplay/chime.wav': send('audio/wav', wav(4)),
  '/page-weight/heavy.js': send('text/javascript', Buffer.from(`/*${'x'.repeat(3_500_000)}*/`)),
  '/oversized-images/photo.bmp': send('image/bmp', bmp(400)),
  '/oversized-images/thumb.bmp': send('image/bmp', bmp(120)),
};

const browser = useBrowser();
const pages = useServer(join(root, 'pages'), ROUTES);
const site = useServer(join(root, 'sites', 'gp-practice-clean'));

const needs = (rule: Rule) => new Set<ArtifactName>(['Http', 'Links', ...rule.meta.requires]);
const ALL_NEEDED = new Set<ArtifactName>(RULES.flatMap((r) => [...needs(r)]));
const rule = (id: string) => RULES.find((r) => r.meta.id === id)!;

/** What each fail page must give: its outcome and the elements named (null for page-level findings). */
const FAILS: Record<string, { outcome: 'fail' | 'needs-review'; selectors: (string | null)[] }> = {
  reflow: { outcome: 'fail', selectors: ['#fixed-width'] },
  'zoom-not-blocked': { outcome: 'fail', selectors: [null, null] },
  'text-resize': { outcome: 'fail', selectors: ['#notice'] },
  'text-spacing': { outcome: 'fail', selectors: ['#book'] },
  'small-text': { outcome: 'needs-review', selectors: ['#lead'] },
  'justified-text': { outcome: 'needs-review', selectors: ['#about'] },
  'touch-target-size': { outcome: 'needs-review', selectors: ['#tiny-phone'] },
  'mobile-viewport': { outcome: 'fail', selectors: [null] },
  'audio-autoplay': { outcome: 'fail', selectors: ['#welcome'] },
  'moving-content-pause': { outcome: 'fail', selectors: ['#ticker', '#banner'] },
  'video-captions': { outcome: 'fail', selectors: ['#nhs-app-video'] },
  'page-weight': { outcome: 'fail', selectors: [null] },
  'oversized-images': { outcome: 'needs-review', selectors: ['#building'] },
  'request-count': { outcome: 'needs-review', selectors: [null, null] },
  'content-without-javascript': { outcome: 'fail', selectors: [null, null] },
};

describe('layout, media and data rules on fixture pages', () => {
  it('has a fail and a pass page for every rule', () => {
    expect(Object.keys(FAILS).sort()).toEqual(RULES.map((r) => r.meta.id).sort());
  });

  for (const [id, expected] of Object.entries(FAILS)) {
    it(`${id}: the fail page fails and the pass page passes`, async () => {
      const r = rule(id);
      const failed = runRule(r, await gatherUrl(browser(), `${pages().url}/${id}/fail.html`, needs(r)));
      expect(failed.findings.map((f) => f.selector), failed.findings.map((f) => f.message).join('\n')).toEqual(expected.selectors);
      expect(failed.outcome).toBe(expected.outcome);
      const passed = runRule(r, await gatherUrl(browser(), `${pages().url}/${id}/pass.html`, needs(r)));
      expect(passed.findings.map((f) => `${f.selector}: ${f.message}`)).toEqual([]);
      expect(passed.outcome).toBe('pass');
    });
  }
});

describe('the Layout gatherer', () => {
  it('puts the page back as it found it: same markup, styles and viewport', async () => {
    const page = await browser().newPage();
    try {
      await page.goto(`${pages().url}/text-spacing/fail.html`, { waitUntil: 'load' });
      await page.evaluate(INSTALL_HELPERS);
      await page.evaluate('document.querySelector("#book").style.setProperty("font-size", "18px", "important")');
      const state = 'JSON.stringify([document.documentElement.outerHTML, innerWidth, getComputedStyle(document.querySelector("#book")).letterSpacing])';
      const before = await page.evaluate(state);
      const layout = (await layoutGatherer.collect({ page, url: page.url(), axeTags: AXE_TAGS })) as { textSpacing: { lost: unknown[] } };
      expect(layout.textSpacing.lost.length).toBeGreaterThan(0);
      expect(await page.evaluate(state)).toBe(before);
    } finally {
      await page.close();
    }
  });
});

describe('no fails on clean pages', () => {
  const failsOn = async (url: string) => {
    const snapshot = await gatherUrl(browser(), url, ALL_NEEDED);
    return RULES.flatMap((r) => {
      const result = runRule(r, snapshot);
      // An artifact that failed to gather would hide fails, so it counts as one here.
      if (result.outcome === 'error') return [`${r.meta.id} ${url}: error`];
      return result.findings.filter((f) => f.outcome === 'fail').map((f) => `${r.meta.id} ${url} ${f.selector}: ${f.message}`);
    });
  };

  it('the clean example site gives no fails', async () => {
    const files = readdirSync(join(root, 'sites', 'gp-practice-clean')).filter((f) => f.endsWith('.html'));
    expect(files.length).toBeGreaterThan(10);
    const fails: string[] = [];
    for (const f of files) fails.push(...(await failsOn(`${site().url}/${f}`)));
    expect(fails).toEqual([]);
  });

  it('the NHS.UK-style page gives no fails', async () => {
    expect(await failsOn(`${pages().url}/nhsuk-style/index.html`)).toEqual([]);
  });
});
