import rule from '../../rules/ais/ais-compliance-published.js';
import { ruleTester, site } from '../helpers/rule-tester.js';
import { gpPage, HOME_TITLE } from '../helpers/gp-site.js';

const s = (text: string) => site([gpPage('/', { title: HOME_TITLE, main: [text] })]);
ruleTester(rule, {
  valid: [{ name: 'a published self-assessment', input: s('Read our Accessible Information Standard self-assessment for 2026.') }],
  invalid: [{ name: 'nothing published', input: s('Welcome to the practice.'), findings: [{ messageId: 'notPublished', outcome: 'needs-review' }] }],
});
