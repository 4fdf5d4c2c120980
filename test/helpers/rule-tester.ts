// A RuleTester in the style of ESLint's: valid, invalid and inapplicable cases over artifact
// fixtures, with no browser. Fixtures are parsed by the zod artifact schemas, so they cannot
// drift from what the gatherers produce. Cases assert on messageIds and selectors, not wording.
import { describe, expect, it } from 'vitest';
import { ArtifactSchemas, type ArtifactName, type PageArtifacts, type PageSnapshot, type SiteArtifacts } from '../../src/artifacts.js';
import { runPageRules, runSiteRules } from '../../src/engine/run-rules.js';
import type { Finding } from '../../src/findings.js';
import type { Outcome, Rule } from '../../src/rule.js';

export const TEST_ORIGIN = 'https://www.riverside-medical.example';

const DEFAULTS: PageArtifacts = {
  Http: { status: 200, finalUrl: `${TEST_ORIGIN}/`, redirectChain: [], contentType: 'text/html', headers: {}, documentBytes: 10_000, totalBytes: 50_000, resources: [] },
  Axe: { version: '4.14.1', violations: [], incomplete: [], passes: [], inapplicable: [] },
  Meta: { title: 'Home - Riverside Medical Practice', lang: 'en-GB', viewport: 'width=device-width, initial-scale=1', doctype: 'html', description: null, generator: null },
  Links: [],
  Headings: [],
  Landmarks: [],
  Forms: [],
  Images: [],
  MainText: { root: 'main', rootFound: 'main', lang: 'en-GB', blocks: [] },
  BodyText: { text: '', truncated: false },
  Scripts: [],
  Keyboard: { stops: [], presses: 0, ended: 'cycle', trap: null, positiveTabindex: [], mouseOnly: [], skipLink: null, hasMain: true, durationMs: 0 },
  Media: { players: [], embeds: [], marquees: [], animations: [], carousels: [] },
  Layout: {
    viewport: { width: 800, height: 600 },
    reflow: { width: 320, scrollWidth: 320, clientWidth: 320, viewportClips: false, wide: [], lost: [] },
    textResize: { lost: [] },
    textSpacing: { lost: [] },
    text: { totalChars: 0, bySize: [], smallBlocks: [] },
    justified: [],
    smallTargets: [],
  },
  NoScript: { status: 200, mainTextLength: 0, navLinks: 0 },
  Navigation: { mainNav: null, menuButton: null, search: null },
  Popups: { viewport: { width: 1280, height: 800 }, items: [] },
  Cookies: [],
  DesignSystem: { components: {} },
};

/** A page snapshot at `path`: artifacts you give are schema-checked, the rest are plain defaults. */
export function page(artifacts: Partial<PageArtifacts> = {}, path = '/'): PageSnapshot {
  const url = new URL(path, TEST_ORIGIN).toString();
  const full: Record<string, unknown> = {};
  for (const name of Object.keys(ArtifactSchemas) as ArtifactName[]) {
    const value = artifacts[name] ?? (name === 'Http' ? { ...DEFAULTS.Http, finalUrl: url } : DEFAULTS[name]);
    full[name] = ArtifactSchemas[name].parse(value);
  }
  return { url, finalUrl: url, status: 200, fetchedAt: '2026-11-21T12:00:00.000Z', depth: 0, artifacts: full as PageSnapshot['artifacts'] };
}

/** A snapshot whose named artifact failed to gather. */
export function pageWithError(name: ArtifactName, path = '/'): PageSnapshot {
  const p = page({}, path);
  return { ...p, artifacts: { ...p.artifacts, [name]: { error: 'gatherer failed in test' } } };
}

/** Site artifacts over some pages. */
export function site(pages: PageSnapshot[], extra: Partial<SiteArtifacts> = {}): SiteArtifacts {
  return { startUrl: `${TEST_ORIGIN}/`, auditDate: '2026-11-21T12:00:00.000Z', pages, documents: [], linkStatuses: [], ...extra };
}

export interface RunResult {
  outcome: Outcome;
  outcomes: Outcome[];
  findings: Finding[];
}

/** Run one rule on a page snapshot (page rules) or a site (site rules). */
export function runRule(rule: Rule, input: PageSnapshot | SiteArtifacts, opts: { options?: unknown; auditDate?: string } = {}): RunResult {
  const ctx = { auditDate: new Date(opts.auditDate ?? '2026-11-21T12:00:00Z'), settings: { [rule.meta.id]: { options: opts.options } } };
  const out = 'pages' in input ? runSiteRules([rule], input, ctx) : runPageRules([rule], input, ctx);
  const outcomes = out.outcomes.map((o) => o.outcome);
  const worst = (['error', 'fail', 'needs-review', 'pass', 'inapplicable'] as const).find((o) => outcomes.includes(o)) ?? 'inapplicable';
  return { outcome: worst, outcomes, findings: out.findings };
}

interface Case {
  name: string;
  input: PageSnapshot | SiteArtifacts;
  options?: unknown;
  auditDate?: string;
}
export interface ExpectedFinding {
  messageId: string;
  selector?: string | null;
  url?: string;
  outcome?: 'fail' | 'needs-review';
}
interface InvalidCase extends Case {
  findings: ExpectedFinding[];
}

/** Describe a rule's cases. Valid cases must pass with no findings; invalid cases must give exactly the expected findings. */
export function ruleTester(rule: Rule, cases: { valid: Case[]; invalid: InvalidCase[]; inapplicable?: Case[] }): void {
  describe(rule.meta.id, () => {
    for (const c of cases.valid) {
      it(`valid: ${c.name}`, () => {
        const r = runRule(rule, c.input, c);
        expect(r.findings.map((f) => `${f.messageId} ${f.selector ?? ''}: ${f.message}`)).toEqual([]);
        expect(r.outcome).toBe('pass');
      });
    }
    for (const c of cases.invalid) {
      it(`invalid: ${c.name}`, () => {
        const r = runRule(rule, c.input, c);
        const got = r.findings.map((f, i) => pickLike(f, c.findings[i]));
        expect(got).toEqual(c.findings.map((e) => ({ ...e })));
        for (const f of r.findings) {
          expect(f.message, 'every message is filled in').not.toMatch(/\{\{/);
          expect(f.message.length, 'every finding says what is wrong').toBeGreaterThan(20);
        }
      });
    }
    for (const c of cases.inapplicable ?? []) {
      it(`inapplicable: ${c.name}`, () => {
        const r = runRule(rule, c.input, c);
        expect(r.findings).toEqual([]);
        expect(r.outcome).toBe('inapplicable');
      });
    }
  });
}

/** Keep only the fields the expectation names, so cases state what matters. */
function pickLike(f: Finding, e: ExpectedFinding | undefined): Partial<ExpectedFinding> {
  const out: Record<string, unknown> = { messageId: f.messageId };
  for (const k of ['selector', 'url', 'outcome'] as const) if (e && k in e) out[k] = f[k];
  return out;
}
