// The fixture pages built from the real NHS.UK frontend package, served on 127.0.0.1 with the
// package's own CSS, JavaScript and images. See fixtures/nhsuk-frontend/build.mjs.
import { afterAll, beforeAll } from 'vitest';
import { NHSUK_PAGES, nhsukMounts } from '../../fixtures/nhsuk-frontend/build.mjs';
import { serveFolders, type StaticServer } from '../../src/serve.js';

export { NHSUK_PAGES };

/** Serve the NHS.UK frontend pages; close the server yourself. */
export function serveNhsukSite(): Promise<StaticServer> {
  return serveFolders(nhsukMounts());
}

/** Serve the NHS.UK frontend pages for the file's tests. The getter gives the server and each page's URL. */
export function useNhsukSite(): () => StaticServer & { pageUrls: string[] } {
  let server: StaticServer | undefined;
  beforeAll(async () => {
    server = await serveNhsukSite();
  });
  afterAll(async () => {
    await server?.close();
  });
  return () => {
    if (!server) throw new Error('The NHS.UK fixture server is not running yet.');
    return { ...server, pageUrls: NHSUK_PAGES.map((p) => `${server!.url}/${p}`) };
  };
}
