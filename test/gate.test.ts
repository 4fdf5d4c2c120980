// The gate: severity, per-rule levels, thresholds per standard, needs-review and baselines.
import { describe, expect, it } from 'vitest';
import type { Finding } from '../src/findings.js';
import { gate } from '../src/gate.js';
import { buildReport, type Report } from '../src/report.js';

let n = 0;
function finding(over: Partial<Finding>): Finding {
  n++;
  return {
    ruleId: 'axe/image-alt',
    outcome: 'fail',
    severity: 'serious',
    url: 'https://gp.example/',
    selector: `img:nth-of-type(${n})`,
    html: null,
    wcag: ['1.1.1'],
    standards: ['nhs-service-standard:5'],
    messageId: 'm',
    message: 'Give the image a text alternative.',
    fingerprint: `fp${n}`,
    ...over,
  };
}

function report(findings: Finding[], baseline?: Report['baseline']): Report {
  const r = buildReport({
    version: '0.0.0',
    axeVersion: '4',
    startedAt: new Date(0),
    auditDate: new Date(0),
    startUrls: ['https://gp.example/'],
    settings: { crawl: true, maxPages: 1, maxDepth: 1, concurrency: 1, pageTimeoutMs: 1000, include: [], exclude: [], respectRobots: true, sampleInteractive: 5, axeTags: [] },
    pages: [],
    documents: [],
    linkStatuses: [],
    rules: [],
    outcomes: [],
    findings,
  });
  return baseline ? { ...r, baseline } : r;
}

describe('gate', () => {
  it('fails on findings at or above failOn, and says why in plain English', () => {
    const r = report([finding({ severity: 'moderate' }), finding({ severity: 'serious' }), finding({ severity: 'serious' })]);
    expect(gate(r, { failOn: 'serious' })).toEqual({ passed: false, reasons: ['axe/image-alt: 2 findings at "serious" severity or worse.'] });
    expect(gate(r, { failOn: 'critical' }).passed).toBe(true);
    expect(gate(r, { failOn: 'moderate' }).reasons).toEqual(['axe/image-alt: 3 findings at "moderate" severity or worse.']);
    expect(gate(r, { failOn: 'none' }).passed).toBe(true);
  });

  it('counts needs-review findings only when asked', () => {
    const r = report([finding({ outcome: 'needs-review', severity: 'critical' })]);
    expect(gate(r).passed).toBe(true);
    expect(gate(r, { includeNeedsReview: true }).passed).toBe(false);
  });

  it('applies per-rule levels: off and warn never fail, error always fails', () => {
    const r = report([finding({ ruleId: 'a', severity: 'critical' }), finding({ ruleId: 'b', severity: 'critical' }), finding({ ruleId: 'c', severity: 'minor' })]);
    const result = gate(r, { rules: { a: 'off', b: 'warn', c: 'error' } });
    expect(result).toEqual({ passed: false, reasons: ['c: 1 finding, and this rule is set to "error", so any finding fails.'] });
    expect(gate(r, { rules: { a: 'off', b: 'warn' } }).passed).toBe(true);
  });

  it('judges findings under a threshold by the threshold, at any severity', () => {
    const contrast = (severity: Finding['severity']) => finding({ ruleId: 'axe/color-contrast', wcag: ['1.4.3'], severity });
    const statement = finding({ ruleId: 'statement-contact', wcag: [], standards: ['psbar:reg8-4c'], severity: 'minor' });
    expect(gate(report([contrast('serious'), contrast('serious')]), { thresholds: { 'wcag:1.4.3': 2 } }).passed).toBe(true);
    expect(gate(report([contrast('serious'), contrast('minor'), contrast('minor')]), { thresholds: { 'wcag:1.4.3': 2 } }).reasons).toEqual([
      'wcag:1.4.3: 3 findings, more than the 2 allowed.',
    ]);
    expect(gate(report([statement]), { thresholds: { 'psbar:reg8-4c': 0 } }).reasons).toEqual(['psbar:reg8-4c: 1 finding, more than the 0 allowed.']);
    expect(gate(report([statement]), {}).passed).toBe(true);
  });

  it('rejects a threshold for a standard that does not exist', () => {
    expect(() => gate(report([]), { thresholds: { 'psbar:reg99': 0 } })).toThrow(/expected a standard id/);
  });

  it('allows up to maxFindings', () => {
    const r = report([finding({}), finding({})]);
    expect(gate(r, { maxFindings: 2 }).passed).toBe(true);
    expect(gate(r, { maxFindings: 1 }).reasons).toEqual(['2 findings at "serious" severity or worse, more than the 1 allowed.']);
  });

  it('with a baseline, fails only on new findings', () => {
    const old = finding({});
    const fresh = finding({ ruleId: 'axe/label' });
    const withBaseline = report([old, fresh], { file: 'b.json', new: [fresh.fingerprint], fixed: [], unchanged: 1 });
    expect(gate(withBaseline).reasons).toEqual(['axe/label: 1 finding at "serious" severity or worse.']);
    const allKnown = report([old], { file: 'b.json', new: [], fixed: [], unchanged: 1 });
    expect(gate(allKnown).passed).toBe(true);
  });

  it('is pure: the report is not changed', () => {
    const r = report([finding({})]);
    const before = JSON.stringify(r);
    gate(r, { failOn: 'minor' });
    expect(JSON.stringify(r)).toBe(before);
  });
});
