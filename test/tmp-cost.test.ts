import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { it } from 'vitest';
import { axeGatherer, AXE_TAGS } from '../src/gatherers/axe.js';
import { INSTALL_HELPERS } from '../src/gatherers/in-page.js';
import { layoutGatherer } from '../src/gatherers/layout.js';
import { mediaGatherer } from '../src/gatherers/media.js';
import { noScriptGatherer } from '../src/gatherers/no-script.js';
import { useBrowser, useServer } from './helpers/browser.js';
const browser = useBrowser();
const dir = join(import.meta.dirname, '..', 'fixtures', 'sites', 'gp-practice');
const site = useServer(dir);
it('cost', async () => {
  const t: Record<string, number[]> = { load: [], media: [], layout: [], axe: [], noscript: [] };
  const page = await browser().newPage();
  for (let round = 0; round < 2; round++)
  for (const f of readdirSync(dir).filter((f) => f.endsWith('.html'))) {
    const url = `${site().url}/${f}`;
    let s = performance.now();
    await page.goto(url, { waitUntil: 'load' });
    await page.evaluate(INSTALL_HELPERS);
    t.load!.push(performance.now() - s);
    const ctx = { page, url, axeTags: AXE_TAGS };
    for (const [name, g] of [['media', mediaGatherer], ['axe', axeGatherer], ['layout', layoutGatherer], ['noscript', noScriptGatherer]] as const) {
      s = performance.now();
      await g.collect(ctx);
      t[name]!.push(performance.now() - s);
    }
  }
  const med = (a: number[]) => a.sort((x, y) => x - y)[Math.floor(a.length / 2)]!.toFixed(0);
  const mean = (a: number[]) => (a.reduce((x, y) => x + y, 0) / a.length).toFixed(0);
  console.log(Object.entries(t).map(([k, v]) => `${k}: median ${med([...v])} ms, mean ${mean(v)} ms (n=${v.length})`).join('\n'));
});
