import rule from '../../rules/trust/trust-privacy-linked.js';
import { page, ruleTester, site } from '../helpers/rule-tester.js';
import { gpPage, link } from '../helpers/gp-site.js';

ruleTester(rule, {
  valid: [{ name: 'footer link everywhere, "How we use your information" counts', input: site([gpPage('/'), page({ Links: [link('/fair', 'How we use your information')] }, '/x')]) }],
  invalid: [{ name: 'a page without it', input: site([gpPage('/'), page({ Links: [link('/cookies', 'Cookies')] }, '/x')]), findings: [{ messageId: 'missingLink', url: 'https://www.riverside-medical.example/x' }] }],
});
