import rule from '../../rules/statement/statement-contact.js';
import { ruleTester } from '../helpers/rule-tester.js';
import { link } from '../helpers/gp-site.js';
import { GOOD_STATEMENT, statementSite } from './statement-rules.shared.js';

ruleTester(rule, {
  valid: [
    { name: 'email and an online form', input: statementSite(GOOD_STATEMENT) },
    { name: 'a mailto link only', input: statementSite(['Tell us about a problem.'], [link('mailto:practice@nhs.net', 'practice@nhs.net')]) },
  ],
  invalid: [
    {
      name: 'phone only (the practice posting a copy is not a route for patients)',
      input: statementSite(['If you find a problem, call us on 01632 960 456.', 'We can also send you a copy by post.'], [link('tel:+441632960456', '01632 960 456')]),
      findings: [{ messageId: 'phoneOnly' }],
    },
    { name: 'no route at all', input: statementSite(['We want everyone to be able to use this website.'], []), findings: [{ messageId: 'missingContact' }] },
  ],
});
