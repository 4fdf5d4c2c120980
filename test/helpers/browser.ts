// One real Chromium per test file, plus helpers to serve fixtures on 127.0.0.1 and gather a page.
import { afterAll, beforeAll } from 'vitest';
import type { Browser } from 'puppeteer-core';
import type { ArtifactName, PageSnapshot } from '../../src/artifacts.js';
import { launchBrowser, type LaunchedBrowser } from '../../src/browser.js';
import { gatherPage } from '../../src/engine/gather.js';
import { AXE_TAGS } from '../../src/gatherers/axe.js';
import { NetworkLog } from '../../src/gatherers/network.js';
import { serveFolders, type Route, type StaticServer } from '../../src/serve.js';
import { ArtifactSchemas } from '../../src/artifacts.js';

/** Launch a browser before the file's tests and close it after. */
export function useBrowser(): () => Browser {
  let launched: LaunchedBrowser | undefined;
  beforeAll(async () => {
    launched = await launchBrowser();
  });
  afterAll(async () => {
    await launched?.close();
  });
  return () => {
    if (!launched) throw new Error('The browser is not running yet.');
    return launched.browser;
  };
}

/** Serve a folder, or folders under URL prefixes (and optional odd routes), on 127.0.0.1 for the file's tests. */
export function useServer(dir: string | Record<string, string>, routes: Record<string, Route> = {}): () => StaticServer {
  let server: StaticServer | undefined;
  beforeAll(async () => {
    server = await serveFolders(typeof dir === 'string' ? { '/': dir } : dir, routes);
  });
  afterAll(async () => {
    await server?.close();
  });
  return () => server!;
}

const ALL = new Set(Object.keys(ArtifactSchemas) as ArtifactName[]);

/** Load a URL in a fresh tab and gather it as the crawler would. */
export async function gatherUrl(browser: Browser, url: string, needed: ReadonlySet<ArtifactName> = ALL): Promise<PageSnapshot> {
  const page = await browser.newPage();
  try {
    const network = await NetworkLog.attach(page);
    const response = await page.goto(url, { waitUntil: 'load', timeout: 20_000 });
    return await gatherPage({ page, url, depth: 0, network, response, needed, axeTags: AXE_TAGS });
  } finally {
    await page.close();
  }
}
