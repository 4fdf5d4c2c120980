// Every registered rule has its doc, its tests and a standards mapping that resolves, as
// ESLint's checkRuleFiles and typescript-eslint's index test do.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ALL_RULES } from '../rules/index.js';
import { isKnownStandard, wcagCriterion } from '../src/standards.js';

const root = join(import.meta.dirname, '..');

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? filesUnder(join(dir, e.name)) : [join(dir, e.name)]));
}
const ruleFiles = filesUnder(join(root, 'rules'));
const find = (name: string) => ruleFiles.find((f) => f.endsWith(`/${name}`));

describe('rule registry', () => {
  it('has unique ids', () => {
    const ids = ALL_RULES.map((r) => r.meta.id);
    expect(ids.length).toBe(new Set(ids).size);
  });

  it('wraps every axe-core WCAG A/AA rule, target-size included', () => {
    const ids = ALL_RULES.map((r) => r.meta.id);
    expect(ids).toContain('axe/target-size');
    expect(ids).toContain('axe/color-contrast');
    expect(ids.filter((i) => i.startsWith('axe/')).length).toBeGreaterThan(50);
  });
});

for (const rule of ALL_RULES) {
  const { id } = rule.meta;
  const isAxe = id.startsWith('axe/');
  describe(`rule ${id}`, () => {
    it('maps to known WCAG criteria and standards, including an inclusion domain', () => {
      for (const sc of rule.meta.wcag) expect(wcagCriterion(sc), `WCAG ${sc}`).toBeDefined();
      for (const s of rule.meta.standards) expect(isKnownStandard(s), s).toBe(true);
      expect(rule.meta.standards.some((s) => s.startsWith('nhs-service-standard:'))).toBe(true);
      expect(rule.meta.standards.some((s) => s.startsWith('inclusion:'))).toBe(true);
    });

    it('has plain-English titles and a description', () => {
      expect(rule.meta.title.length).toBeGreaterThan(5);
      expect(rule.meta.failureTitle.length).toBeGreaterThan(5);
      expect(rule.meta.description.length).toBeGreaterThan(30);
      expect(Object.keys(rule.meta.messages).length).toBeGreaterThan(0);
    });

    if (isAxe) return; // axe rules share one adapter, its doc (rules/wcag/axe.md) and its tests.

    it('lives in a file named after its id, which uses every message', () => {
      const file = find(`${id}.ts`);
      expect(file, `rules/**/${id}.ts`).toBeDefined();
      const source = readFileSync(file!, 'utf8');
      for (const messageId of Object.keys(rule.meta.messages)) {
        expect(source.split(messageId).length - 1, `messageId ${messageId} is reported somewhere`).toBeGreaterThanOrEqual(2);
      }
    });

    it('has a doc with why it matters, how to fix and its standards', () => {
      const doc = find(`${id}.md`);
      expect(doc, `rules/**/${id}.md`).toBeDefined();
      const text = readFileSync(doc!, 'utf8');
      expect(text).toMatch(new RegExp(`^# ${id.replace(/[/]/g, '\\/')}`, 'm'));
      expect(text).toMatch(/^## Why it matters/m);
      expect(text).toMatch(/^## How to fix/m);
      expect(text).toMatch(/^## Standards/m);
    });

    it('has tests with valid and invalid cases', () => {
      const test = join(root, 'test', 'rules', `${id}.test.ts`);
      expect(existsSync(test), `test/rules/${id}.test.ts`).toBe(true);
      const text = readFileSync(test, 'utf8');
      expect(text).toMatch(/valid:\s*\[/);
      expect(text).toMatch(/invalid:\s*\[/);
    });
  });
}
