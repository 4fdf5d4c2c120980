// The toHaveNoFindings matcher: pass and fail messages, severity, needs-review and ignored rules.
import { describe, expect, it } from 'vitest';
import type { Finding } from '../src/findings.js';
import type { Report } from '../src/report.js';
import { matchers, toHaveNoFindings } from '../src/vitest.js';

expect.extend(matchers);

const f = (over: Partial<Finding>): Finding => ({
  ruleId: 'axe/image-alt',
  outcome: 'fail',
  severity: 'critical',
  url: 'https://gp.example/contact?x=1',
  selector: 'img[src$="map.png"]',
  html: '<img src="map.png">',
  wcag: ['1.1.1'],
  standards: [],
  messageId: 'm',
  message: 'Give the image a text alternative that says what it shows.',
  fingerprint: 'a',
  ...over,
});
const report = (findings: Finding[]) => ({ findings }) as unknown as Report;

describe('toHaveNoFindings', () => {
  it('fails with a message listing rule, page, element and fix for each finding', () => {
    const r = report([f({}), f({ ruleId: 'broken-links', severity: 'serious', selector: null, html: null, url: 'https://gp.example/', message: 'The link to /old is broken. Fix or remove it.' })]);
    const result = toHaveNoFindings(r, { severity: 'serious' });
    expect(result.pass).toBe(false);
    expect(result.message()).toBe(
      [
        'expected no findings at "serious" severity or worse, but found 2:',
        '',
        '[critical] axe/image-alt on /contact?x=1',
        '    element: img[src$="map.png"]',
        '    html:    <img src="map.png">',
        '    fix:     Give the image a text alternative that says what it shows.',
        '',
        '[serious] broken-links on /',
        '    fix:     The link to /old is broken. Fix or remove it.',
      ].join('\n'),
    );
    expect(() => expect(r).toHaveNoFindings()).toThrow(/axe\/image-alt on \/contact/);
  });

  it('passes below the severity, for needs-review unless asked, and for ignored rules', () => {
    const r = report([f({ severity: 'moderate' }), f({ ruleId: 'axe/label', outcome: 'needs-review' }), f({ ruleId: 'axe/region', severity: 'critical' })]);
    expect(r).toHaveNoFindings({ severity: 'serious', ignoreRules: ['axe/region'] });
    expect(r).not.toHaveNoFindings({ severity: 'serious', ignoreRules: ['axe/region'], includeNeedsReview: true });
    expect(r).toHaveNoFindings({ severity: 'serious', ignoreRules: ['axe/*'] });
    expect(toHaveNoFindings(r, { severity: 'critical', ignoreRules: ['axe/region'] }).message()).toBe('expected the report to have findings, but it has no findings at "critical" severity or worse');
  });

  it('says so when given something that is not a report, and strips control characters', () => {
    expect(toHaveNoFindings('nope').message()).toMatch(/expected an inclusive-audit report/);
    const msg = toHaveNoFindings(report([f({ message: 'Fix\u001b[31m it' })])).message();
    expect(msg).toContain('fix:     Fix[31m it');
    expect(msg).not.toContain('\u001b');
  });
});
