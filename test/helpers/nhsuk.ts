// The fixture pages built from the real NHS.UK frontend package, served on 127.0.0.1 with the
// package's own CSS, JavaScript and images. See fixtures/nhsuk-frontend/build.mjs.
import { NHSUK_PAGES, nhsukMounts } from '../../fixtures/nhsuk-frontend/build.mjs';
import type { StaticServer } from '../../src/serve.js';
import { useServer } from './browser.js';

export { NHSUK_PAGES, nhsukMounts };

/** Serve the NHS.UK frontend pages for the file's tests. The getter gives the server and each page's URL. */
export function useNhsukSite(): () => StaticServer & { pageUrls: string[] } {
  const server = useServer(nhsukMounts());
  return () => ({ ...server(), pageUrls: NHSUK_PAGES.map((p) => `${server().url}/${p}`) });
}
