import rule from '../../rules/statement/statement-linked.js';
import { page, ruleTester, site, TEST_ORIGIN } from '../helpers/rule-tester.js';
import { gpPage, link } from '../helpers/gp-site.js';

ruleTester(rule, {
  valid: [{ name: 'every page has the footer link', input: site([gpPage('/'), gpPage('/contact.html')]) }],
  invalid: [
    {
      name: 'the about page leaves out the footer link',
      input: site([gpPage('/'), page({ Links: [link('/privacy.html', 'Privacy notice', 'footer a', 'footer')] }, '/about.html')]),
      findings: [{ messageId: 'missingLink', url: `${TEST_ORIGIN}/about.html`, selector: null }],
    },
  ],
  inapplicable: [{ name: 'no pages', input: site([]) }],
});
