// Audit the ACT test cases with the project's real audit: serve the corpus on 127.0.0.1, then one
// audit of every case page (one browser, several tabs, no crawling). The audit and the server are
// passed in, so the bench uses the built package and the tests use the source.
import { caseUrl, corpusMounts } from './corpus.mjs';

/**
 * @param {import('./run.d.mts').AuditCorpusInput} input
 */
export async function auditCorpus({ root, cases, audit, serveFolders, rules, browser, concurrency = 2, pageTimeoutMs = 30_000, onProgress }) {
  const server = await serveFolders(corpusMounts(root));
  try {
    const located = cases.map((c) => ({ ...c, url: caseUrl(c, server.url), source: caseUrl(c) }));
    // Site rules judge a whole site (consistent navigation, GP content); the test cases are
    // unrelated single pages, so only page rules run.
    const off = Object.fromEntries(rules.filter((r) => r.scope === 'site').map((r) => [r.id, 'off']));
    const report = await audit({
      urls: located.map((c) => c.url),
      crawl: false,
      maxPages: located.length + 1,
      concurrency,
      pageTimeoutMs,
      // Every page gets the keyboard walk and the zoom checks: the cases share one address pattern.
      sampleInteractive: 0,
      respectRobots: false,
      rules: off,
      browser,
      onProgress,
    });
    return { cases: located, report };
  } finally {
    await server.close();
  }
}
