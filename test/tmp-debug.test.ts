import { join } from 'node:path';
import { it } from 'vitest';
import { gatherUrl, useBrowser, useServer } from './helpers/browser.js';
const browser = useBrowser();
const pages = useServer(join(import.meta.dirname, '..', 'fixtures', 'pages'));
it('debug', async () => {
  const s = await gatherUrl(browser(), `${pages().url}/content-without-javascript/fail.html`, new Set(['Http', 'Links', 'MainText', 'NoScript']));
  console.log(JSON.stringify({ ns: s.artifacts.NoScript, mt: s.artifacts.MainText, links: s.artifacts.Links }, null, 1));
});
