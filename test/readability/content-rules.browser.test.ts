// The content rules on real pages in Chromium: plain pages stay quiet, jargon is found.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runPageRules } from '../../src/engine/run-rules.js';
import { contentRules } from '../../rules/content/index.js';
import { gatherUrl, useBrowser, useServer } from '../helpers/browser.js';

const root = join(import.meta.dirname, '..', '..', 'fixtures');
const browser = useBrowser();
const readabilityServer = useServer(join(root, 'readability'));
const cleanServer = useServer(join(root, 'sites', 'gp-practice-clean'));
const plantedServer = useServer(join(root, 'sites', 'gp-practice'));
const nhsukDir = join(root, 'pages', 'nhsuk-style');
const nhsukServer = useServer(existsSync(nhsukDir) ? nhsukDir : join(root, 'readability'));

async function findingsFor(url: string) {
  const snapshot = await gatherUrl(browser(), url, new Set(['MainText']));
  const out = runPageRules(contentRules, snapshot, { auditDate: new Date('2026-11-21T12:00:00Z'), settings: {} });
  return out.findings.map((f) => ({ rule: f.ruleId, outcome: f.outcome, message: f.message, selector: f.selector }));
}

describe('content rules in a real browser', () => {
  it('raise nothing on the plain-English page', async () => {
    expect(await findingsFor(`${readabilityServer().url}/plain.html`)).toEqual([]);
  });

  it('fail the jargon page on sentence length, paragraph length and words to avoid', async () => {
    const found = await findingsFor(`${readabilityServer().url}/jargon.html`);
    const fails = new Set(found.filter((f) => f.outcome === 'fail').map((f) => f.rule));
    expect([...fails].sort()).toEqual(expect.arrayContaining(['paragraph-length', 'sentence-length', 'words-to-avoid']));
    expect(found.some((f) => f.rule === 'reading-age' && f.outcome === 'needs-review')).toBe(true);
    expect(found.some((f) => f.rule === 'unexplained-medical-terms' && /haemorrhoids/.test(f.message))).toBe(true);
    // Navigation and footer text is not main content.
    expect(found.some((f) => /Telephone the surgery/.test(f.message))).toBe(false);
  });

  it('raise nothing on any page of the clean GP site', async () => {
    const pages = ['index', 'appointments', 'prescriptions', 'test-results', 'register', 'online-services', 'contact', 'fit-notes', 'complaints', 'accessibility-statement', 'privacy', 'cookies'];
    for (const name of pages) {
      expect(await findingsFor(`${cleanServer().url}/${name}.html`), name).toEqual([]);
    }
  });

  it.skipIf(!existsSync(nhsukDir))('raise nothing on the NHS.UK-style page', async () => {
    expect(await findingsFor(`${nhsukServer().url}/index.html`)).toEqual([]);
  });

  it('flag the planted jargon on the fit notes page', async () => {
    const found = await findingsFor(`${plantedServer().url}/fit-notes.html`);
    const hard = found.find((f) => f.rule === 'reading-age' && f.selector?.includes('p'));
    expect(hard?.message).toMatch(/reading age of about \d+/);
    expect(found.some((f) => f.rule === 'words-to-avoid' && /clinician/.test(f.message) && f.outcome === 'fail')).toBe(true);
    expect(found.some((f) => f.rule === 'sentence-length' && f.outcome === 'fail')).toBe(true);
  });
});
