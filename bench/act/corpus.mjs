// The W3C ACT rules test cases on disk (index.json, testcases/, test-assets/), and how to serve
// them so that each page keeps the path the W3C tooling reads: /<rule id>/<test case id>.<ext>.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** The path the W3C serves the corpus under; test cases load their assets from it. */
export const ACT_BASE_PATH = '/WAI/content-assets/wcag-act-rules/';
/** The public address of the same pages, used as the EARL subject (as axe-core's report does). */
export const ACT_PUBLIC_BASE = `https://www.w3.org${ACT_BASE_PATH}`;

/**
 * Read the corpus folder. Throws an Error that says what is missing and how to point at it.
 * @param {string} dir
 */
export function loadCorpus(dir) {
  const root = resolve(dir);
  const missing = ['index.json', 'testcases', 'test-assets'].filter((name) => !existsSync(join(root, name)));
  if (!existsSync(root) || !statSync(root).isDirectory() || missing.length) {
    throw new Error(
      `No W3C ACT test cases at ${root} (missing ${missing.length ? missing.join(', ') : 'the folder'}). ` +
        'Pass --corpus <folder>, a folder holding index.json, testcases/ and test-assets/ (the W3C ACT rules test cases).',
    );
  }
  /** @type {import('./corpus.d.mts').ActCase[]} */
  const cases = JSON.parse(readFileSync(join(root, 'index.json'), 'utf8')).map((c) => ({
    ruleId: c.ruleId,
    ruleName: c.ruleName,
    ruleApproved: c.approved,
    testcaseId: c.testcaseId,
    testcaseTitle: c.testcaseTitle,
    expected: c.expected,
    approvedTestcase: c.approvedTestcase,
    path: c.file.replace(/^official\//, ''),
    wcag: (c.wcag ?? []).map((w) => w.sc),
    axeRules: c.axeRules ?? [],
    publishedAxeConsistency: c.consistency ?? null,
  }));
  for (const c of cases) {
    if (!/^testcases\/[a-z0-9]{6}\/[0-9a-f]{40}\.\w+$/.test(c.path)) throw new Error(`Unexpected test case path in index.json: ${c.path}`);
  }
  const axeMapping = existsSync(join(root, 'axe-mapping.json')) ? JSON.parse(readFileSync(join(root, 'axe-mapping.json'), 'utf8')) : null;
  return { root, cases, publishedAxe: axeMapping ? { version: axeMapping.axeVersion, date: axeMapping.lastModified } : null };
}

/** URL prefix → folder, for serveFolders(): test cases and their assets where the W3C keeps them. */
export function corpusMounts(root) {
  return {
    [`${ACT_BASE_PATH}testcases/`]: join(root, 'testcases'),
    [`${ACT_BASE_PATH}test-assets/`]: join(root, 'test-assets'),
  };
}

/** The test case's address on a local server (base like http://127.0.0.1:1234) or on w3.org. */
export function caseUrl(actCase, base = 'https://www.w3.org') {
  return `${base}${ACT_BASE_PATH}${actCase.path}`;
}
