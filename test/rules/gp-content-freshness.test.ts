import rule from '../../rules/gp/gp-content-freshness.js';
import { ruleTester, site } from '../helpers/rule-tester.js';
import { gpPage } from '../helpers/gp-site.js';

const s = (text: string) => site([gpPage('/advice.html', { title: 'Advice', main: ['Some advice.', text] })]);
ruleTester(rule, {
  valid: [{ name: 'reviewed 2 months ago', input: s('Page last reviewed: 14 September 2026') }],
  invalid: [{ name: 'reviewed in 2024', input: s('Page last reviewed: 3 May 2024'), findings: [{ messageId: 'staleReview', outcome: 'needs-review', selector: 'main > p:nth-of-type(2)' }] }],
  inapplicable: [{ name: 'no review dates', input: s('Nothing here.') }],
});
