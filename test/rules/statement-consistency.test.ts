import rule from '../../rules/statement/statement-consistency.js';
import type { AxeRuleResult } from '../../src/artifacts.js';
import { ruleTester, site } from '../helpers/rule-tester.js';
import { gpPage, HOME_TITLE } from '../helpers/gp-site.js';

const violation = (impact: 'serious' | 'minor'): AxeRuleResult => ({
  id: 'image-alt', impact, tags: ['wcag2a', 'wcag111'], help: 'Images must have alternative text', description: '', helpUrl: '',
  nodes: [{ selector: 'img', html: '<img>', impact, failureSummary: null }],
});
const withAxe = (claim: string, impact: 'serious' | 'minor' | null) => {
  const home = gpPage('/', { title: HOME_TITLE });
  const axe = { version: '4.14.1', violations: impact ? [violation(impact)] : [], incomplete: [], passes: [], inapplicable: [] };
  const statement = gpPage('/accessibility-statement.html', { title: 'Accessibility statement', main: [`This website is ${claim} compliant with the Web Content Accessibility Guidelines version 2.2 AA standard.`] });
  return site([{ ...home, artifacts: { ...home.artifacts, Axe: axe } }, statement]);
};

ruleTester(rule, {
  valid: [
    { name: 'fully compliant and no serious failures', input: withAxe('fully', null) },
    { name: 'fully compliant with only a minor failure', input: withAxe('fully', 'minor') },
  ],
  invalid: [{ name: 'fully compliant while a serious failure is found', input: withAxe('fully', 'serious'), findings: [{ messageId: 'claimContradicted', url: 'https://www.riverside-medical.example/accessibility-statement.html' }] }],
  inapplicable: [{ name: 'an honest partially compliant claim', input: withAxe('partially', 'serious') }],
});
