// The EARL report has the shape of axe-core's published report (dequelabs/act-reports-axe) and
// carries what the W3C tooling reads: the subject URL with /<ACT rule>/<test case>.<ext>, the
// outcome, and the rule id as the test title.
import { describe, expect, it } from 'vitest';
import { actRuleUrl, earlAssertion, earlReport, formatEarl } from '../../bench/act/earl.mjs';

const source = 'https://www.w3.org/WAI/content-assets/wcag-act-rules/testcases/b4f0c3/accc6adf094723693593ca3c6308f81945930dae.html';
const procedures = [
  { id: 'zoom-not-blocked', url: 'https://unpkg.com/inclusive-audit@0.1.0/rules/layout/zoom-not-blocked.md', wcagSlugs: ['resize-text'], act: ['b4f0c3'] },
  { id: 'text-resize', url: null, wcagSlugs: ['resize-text'] },
];

describe('EARL report', () => {
  const report = earlReport({
    assertedBy: 'https://www.npmjs.com/package/inclusive-audit/v/0.1.0',
    procedures,
    assertions: [
      { ruleId: 'zoom-not-blocked', source, outcome: 'failed' },
      { ruleId: 'text-resize', source, outcome: 'cantTell' },
    ],
  });

  it('is a JSON-LD graph of EARL assertions in axe-core\'s shape', () => {
    expect(report['@context']).toMatchObject({ '@vocab': 'http://www.w3.org/ns/earl#', sch: 'https://schema.org/', source: 'dct:source', title: 'dct:title' });
    expect(report['@graph'][0]).toEqual({
      '@type': 'Assertion',
      mode: 'earl:automatic',
      subject: { '@type': ['earl:TestSubject', 'sch:WebPage'], source },
      assertedBy: 'https://www.npmjs.com/package/inclusive-audit/v/0.1.0',
      result: { '@type': 'TestResult', outcome: 'earl:failed' },
      test: {
        '@type': 'TestCase',
        title: 'zoom-not-blocked',
        '@id': procedures[0]!.url,
        isPartOf: ['WCAG2:resize-text'],
        conformsTo: ['https://www.w3.org/WAI/standards-guidelines/act/rules/b4f0c3/'],
      },
    });
    expect(report['@graph'][1]!.result.outcome).toBe('earl:cantTell');
    expect(report['@graph'][1]!.test).not.toHaveProperty('@id');
    expect(report['@graph'][1]!.test.conformsTo).toEqual([]);
  });

  it('refuses a subject the W3C tooling could not match, an unknown outcome or an undescribed rule', () => {
    const base = { assertedBy: 'x', test: {} };
    expect(() => earlAssertion({ ...base, source: 'http://127.0.0.1/page.html', outcome: 'passed' })).toThrow(/ACT rule id/);
    expect(() => earlAssertion({ ...base, source, outcome: 'fail' })).toThrow(/Unknown EARL outcome/);
    expect(() => earlReport({ assertedBy: 'x', procedures, assertions: [{ ruleId: 'reflow', source, outcome: 'passed' }] })).toThrow(/reflow/);
  });

  it('formats as valid JSON with one assertion per line', () => {
    const text = formatEarl(report);
    expect(JSON.parse(text)).toEqual(report);
    expect(text.split('\n').filter((l) => l.includes('"@type":"Assertion"'))).toHaveLength(2);
  });

  it('links ACT rules to their W3C page', () => {
    expect(actRuleUrl('oj04fd')).toBe('https://www.w3.org/WAI/standards-guidelines/act/rules/oj04fd/');
  });
});
