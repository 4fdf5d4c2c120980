import rule from '../../rules/site/page-title-unique.js';
import { page, ruleTester, site, TEST_ORIGIN } from '../helpers/rule-tester.js';

const meta = (title: string | null) => ({ Meta: { title, lang: 'en-GB', viewport: null, doctype: 'html', description: null, generator: null } });

ruleTester(rule, {
  valid: [
    { name: 'every page has its own title', input: site([page(meta('Home - Riverside'), '/'), page(meta('Appointments - Riverside'), '/appointments')]) },
    { name: 'a single page', input: site([page(meta('Home - Riverside'), '/')]) },
  ],
  invalid: [
    {
      name: 'two pages share a title, ignoring case and spacing',
      input: site([page(meta('Register - Riverside'), '/register'), page(meta('register  -  riverside'), '/online'), page(meta('Home'), '/')]),
      findings: [
        { messageId: 'duplicateTitle', url: `${TEST_ORIGIN}/register`, selector: null },
        { messageId: 'duplicateTitle', url: `${TEST_ORIGIN}/online`, selector: null },
      ],
    },
    { name: 'an empty title', input: site([page(meta('  '), '/blank')]), findings: [{ messageId: 'emptyTitle', url: `${TEST_ORIGIN}/blank` }] },
  ],
  inapplicable: [{ name: 'no pages', input: site([]) }],
});
