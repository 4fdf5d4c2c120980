// Our rules' ACT mapping (`act` in RuleMeta) names real ACT rules, and axe-core rules carry
// axe-core's own mapping, which agrees with the one axe-core published (test/fixtures/act/).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ALL_RULES } from '../../rules/index.js';

const catalogue = JSON.parse(readFileSync(join(import.meta.dirname, '..', 'fixtures', 'act', 'act-rules.json'), 'utf8')) as {
  rules: { id: string; axeRules?: string[] }[];
};
const known = new Set(catalogue.rules.map((r) => r.id));

describe('ACT mapping', () => {
  it('every act id of our own rules is a W3C ACT rule', () => {
    // axe-core's own mapping may also name ACT rules the W3C has since deprecated.
    const own = ALL_RULES.filter((r) => !r.meta.id.startsWith('axe/'));
    for (const rule of own) for (const id of rule.meta.act ?? []) expect(known.has(id), `${rule.meta.id}: ${id}`).toBe(true);
    expect(own.some((r) => r.meta.act?.length)).toBe(true);
  });

  it('axe-core rules carry every mapping in axe-core\'s published report', () => {
    let checked = 0;
    for (const act of catalogue.rules) {
      for (const axeId of act.axeRules ?? []) {
        const rule = ALL_RULES.find((r) => r.meta.id === `axe/${axeId}`);
        if (!rule) continue; // axe-core rules outside WCAG A/AA, which inclusive-audit does not run
        expect(rule.meta.act, `axe/${axeId}`).toContain(act.id);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(40);
  });
});
