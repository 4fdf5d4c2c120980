// The NoScript gatherer: a second load of the page, in its own tab, with JavaScript turned off.
// It is costly (a whole page load), so only the content-without-javascript rule asks for it,
// and that rule is off by default.
import { COLLECT_LINKS, COLLECT_MAIN_TEXT, INSTALL_HELPERS } from './in-page.js';
import type { Gatherer } from './types.js';

const NO_SCRIPT_TIMEOUT_MS = 15_000;

export const noScriptGatherer: Gatherer = {
  name: 'NoScript',
  async collect({ page, url }) {
    const tab = await page.browser().newPage();
    try {
      await tab.setJavaScriptEnabled(false);
      const response = await tab.goto(page.url() || url, { waitUntil: 'load', timeout: NO_SCRIPT_TIMEOUT_MS });
      // The page's own scripts were skipped while it loaded. Our in-page code needs scripting
      // (TreeWalker callbacks do not run without it), and turning it back on does not run theirs.
      await tab.setJavaScriptEnabled(true);
      await tab.evaluate(INSTALL_HELPERS);
      const main = (await tab.evaluate(COLLECT_MAIN_TEXT)) as { blocks: { text: string }[] };
      const links = (await tab.evaluate(COLLECT_LINKS)) as { region: string; visible: boolean }[];
      return {
        status: response?.status() ?? null,
        mainTextLength: main.blocks.reduce((n, b) => n + b.text.length, 0),
        navLinks: links.filter((l) => l.region === 'nav' && l.visible).length,
      };
    } finally {
      await tab.close().catch(() => {});
    }
  },
};
