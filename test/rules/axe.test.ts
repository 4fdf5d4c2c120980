// The axe adapter: outcomes and findings from axe results, and WCAG numbers from axe tags.
import { describe, expect, it } from 'vitest';
import { axeRules, fromAxe, wcagFromTag } from '../../rules/wcag/axe.js';
import type { AxeRuleResult } from '../../src/artifacts.js';
import { page, pageWithError, runRule } from '../helpers/rule-tester.js';

const imageAlt = axeRules.find((r) => r.meta.id === 'axe/image-alt')!;
const result = (id: string, nodes: { selector: string; impact: 'critical' | 'serious' | null }[]): AxeRuleResult => ({
  id, impact: 'critical', tags: ['wcag2a', 'wcag111'], help: 'Images must have alternative text', description: 'd', helpUrl: 'https://example.org',
  nodes: nodes.map((n) => ({ ...n, html: '<img src="x.png">', failureSummary: 'Fix any of the following:\n  Element does not have an alt attribute' })),
});
const axe = (parts: Partial<{ violations: AxeRuleResult[]; incomplete: AxeRuleResult[]; passes: string[] }>) =>
  page({ Axe: { version: '4.14.1', violations: [], incomplete: [], passes: [], inapplicable: [], ...parts } });

describe('axe adapter', () => {
  it('turns WCAG tags into success criteria', () => {
    expect(wcagFromTag('wcag111')).toBe('1.1.1');
    expect(wcagFromTag('wcag1410')).toBe('1.4.10');
    expect(wcagFromTag('wcag21aa')).toBeNull();
    expect(wcagFromTag('best-practice')).toBeNull();
    expect(imageAlt.meta.wcag).toEqual(['1.1.1']);
    expect(axeRules.find((r) => r.meta.id === 'axe/target-size')!.meta.wcag).toEqual(['2.5.8']);
  });

  it('maps every axe rule to service standard point 5, DTAC D1.4 and the accessibility domain', () => {
    for (const r of axeRules) expect(r.meta.standards).toEqual(expect.arrayContaining(['nhs-service-standard:5', 'dtac:D1.4', 'inclusion:accessibility']));
  });

  it('fails with one finding per violating node, at the node impact, in plain English', () => {
    const r = runRule(imageAlt, axe({ violations: [result('image-alt', [{ selector: '#logo', impact: 'critical' }, { selector: 'main img', impact: 'serious' }])] }));
    expect(r.outcome).toBe('fail');
    expect(r.findings.map((f) => [f.selector, f.severity, f.outcome])).toEqual([
      ['#logo', 'critical', 'fail'],
      ['main img', 'serious', 'fail'],
    ]);
    expect(r.findings[0]!.message).toMatch(/^An image has no text alternative\. Add an alt attribute/);
  });

  it('turns axe incomplete into needs-review', () => {
    const r = runRule(imageAlt, axe({ incomplete: [result('image-alt', [{ selector: '#maybe', impact: null }])] }));
    expect(r.outcome).toBe('needs-review');
    expect(r.findings[0]!.outcome).toBe('needs-review');
  });

  it('passes when axe passed the rule, and is inapplicable when axe found nothing to check', () => {
    expect(runRule(imageAlt, axe({ passes: ['image-alt'] })).outcome).toBe('pass');
    expect(runRule(imageAlt, axe({})).outcome).toBe('inapplicable');
  });

  it('gives error, not a crash, when the Axe artifact failed', () => {
    const r = runRule(imageAlt, pageWithError('Axe'));
    expect(r.outcome).toBe('error');
    expect(r.findings).toEqual([]);
  });

  it('falls back to axe help and its fix summary for rules without plain wording', () => {
    const rule = fromAxe({ ruleId: 'made-up', description: 'd', help: 'Things must be right', helpUrl: 'https://example.org', tags: ['wcag2a', 'wcag412'] });
    const r = runRule(rule as never, axe({ violations: [{ ...result('made-up', [{ selector: '#x', impact: 'serious' }]) }] }));
    expect(r.findings[0]!.message).toBe('Images must have alternative text. Element does not have an alt attribute.');
  });
});
