// The keyboard, forms, links and consistency rules on real pages in real Chromium: each rule's
// failing fixture fails with the expected elements, its passing fixture passes, and the clean
// example site and an NHS.UK-style page give no findings at all.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { consistencyRules } from '../../rules/consistency/index.js';
import { formRules } from '../../rules/forms/index.js';
import { keyboardRules } from '../../rules/keyboard/index.js';
import { linkRules } from '../../rules/links/index.js';
import type { ArtifactName, PageSnapshot } from '../../src/artifacts.js';
import type { Rule } from '../../src/rule.js';
import { gatherUrl, useBrowser, useServer } from '../helpers/browser.js';
import { runRule, site } from '../helpers/rule-tester.js';

const root = join(import.meta.dirname, '..', '..', 'fixtures');
const NEEDED = new Set<ArtifactName>(['Links', 'Forms', 'Keyboard']);
const OUR_RULES: Rule[] = [...keyboardRules, ...formRules, ...linkRules, ...consistencyRules];
const rule = (id: string) => OUR_RULES.find((r) => r.meta.id === id)!;

const browser = useBrowser();
const pages = useServer(join(root, 'pages'));
const clean = useServer(join(root, 'sites', 'gp-practice-clean'));

/** Expected findings on each page rule's fail.html: messageId and selector, in order. */
const PAGE_CASES: Record<string, { messageId: string; selector: string; outcome?: string }[]> = {
  'focus-visible': [
    { messageId: 'noIndicator', selector: '#bad-link' },
    { messageId: 'noIndicator', selector: '#bad-button' },
  ],
  'focus-not-obscured': [{ messageId: 'obscured', selector: '#covered' }],
  'keyboard-trap': [{ messageId: 'cycle', selector: '#trap' }],
  'positive-tabindex': [{ messageId: 'positive', selector: '#jump' }],
  'focus-order': [{ messageId: 'backwards', selector: '#intro' }],
  'mouse-only-controls': [
    { messageId: 'clickOnly', selector: '#card' },
    { messageId: 'clickOnly', selector: '#fake-button' },
    { messageId: 'looksClickable', selector: '#pointer-only', outcome: 'needs-review' },
  ],
  'skip-link': [{ messageId: 'noTarget', selector: '#skip' }],
  'autocomplete-personal-data': [
    { messageId: 'missing', selector: '#name' },
    { messageId: 'wrong', selector: '#email' },
    { messageId: 'wrong', selector: '#dob' },
    { messageId: 'missing', selector: '#postcode' },
  ],
  'required-fields-exposed': [
    { messageId: 'notExposed', selector: '#name' },
    { messageId: 'notExposed', selector: '#phone' },
  ],
  'error-messages-associated': [{ messageId: 'notAssociated', selector: '#dob' }],
  'accessible-authentication': [
    { messageId: 'autocompleteOff', selector: '#password' },
    { messageId: 'pasteBlocked', selector: '#memorable' },
  ],
  'ambiguous-link-text': [
    { messageId: 'ambiguous', selector: '#flu' },
    { messageId: 'ambiguous', selector: '#covid' },
  ],
  'link-text-bare-url': [{ messageId: 'bareUrl', selector: '#bare', outcome: 'needs-review' }],
  'new-window-unannounced': [{ messageId: 'unannounced', selector: '#app' }],
};

const gathered = new Map<string, PageSnapshot>();
async function snap(url: string): Promise<PageSnapshot> {
  if (!gathered.has(url)) gathered.set(url, await gatherUrl(browser(), url, NEEDED));
  return gathered.get(url)!;
}

describe('page rules on their fixture pages', () => {
  for (const [id, expected] of Object.entries(PAGE_CASES)) {
    it(`${id}: fail.html fails on the expected elements, pass.html passes`, async () => {
      const failing = runRule(rule(id), await snap(`${pages().url}/${id}/fail.html`));
      const usual = rule(id).meta.advisory ? 'needs-review' : 'fail';
      expect(failing.findings.map((f) => ({ messageId: f.messageId, selector: f.selector, outcome: f.outcome }))).toEqual(
        expected.map((e) => ({ outcome: usual, ...e })),
      );
      expect(failing.outcome).toBe(usual);
      const passing = runRule(rule(id), await snap(`${pages().url}/${id}/pass.html`));
      expect(passing.findings.map((f) => `${f.selector}: ${f.message}`)).toEqual([]);
      expect(passing.outcome).toBe('pass');
    });
  }
});

describe('site rules on their fixture pages', () => {
  for (const [id, messageId] of [['consistent-navigation', 'reordered'], ['consistent-help', 'moved']] as const) {
    it(`${id}: a page that moves things fails, a matching page passes`, async () => {
      const base = `${pages().url}/${id}`;
      const [pass, pass2, fail] = await Promise.all(['pass', 'pass-2', 'fail'].map((f) => snap(`${base}/${f}.html`)));
      const good = runRule(rule(id), site([pass!, pass2!]));
      expect(good.findings.map((f) => f.message)).toEqual([]);
      expect(good.outcome).toBe('pass');
      const bad = runRule(rule(id), site([pass!, fail!]));
      expect(bad.findings.map((f) => ({ messageId: f.messageId, url: f.url }))).toEqual([{ messageId, url: fail!.finalUrl }]);
      expect(bad.outcome).toBe('fail');
    });
  }
});

describe('no false alarms', () => {
  it('the clean example site and an NHS.UK-style page give no findings from these rules', async () => {
    const files = readdirSync(join(root, 'sites', 'gp-practice-clean')).filter((f) => f.endsWith('.html')).sort();
    const snaps: PageSnapshot[] = [];
    for (const f of files) snaps.push(await snap(`${clean().url}/${f}`));
    const nhsuk = await snap(`${pages().url}/nhsuk-style/index.html`);
    // The walk really ran: every page was tabbed through to the end, skip link included.
    for (const s of [...snaps, nhsuk]) {
      const kb = s.artifacts.Keyboard as { stops: unknown[]; ended: string; skipLink: { focusMoved: boolean } | null };
      expect(kb.stops.length, s.url).toBeGreaterThan(10);
      expect(kb.ended, s.url).toBe('cycle');
      expect(kb.skipLink?.focusMoved, s.url).toBe(true);
      expect(s.finalUrl, 'the walk leaves the URL as it found it').toBe(s.url);
    }
    const findings = [];
    for (const r of OUR_RULES) {
      if (r.meta.scope === 'site') findings.push(...runRule(r, site(snaps)).findings);
      else for (const s of [...snaps, nhsuk]) findings.push(...runRule(r, s).findings);
    }
    expect(findings.map((f) => `${f.ruleId} ${f.url} ${f.selector}: ${f.message}`)).toEqual([]);
  });
});
