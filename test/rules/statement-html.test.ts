import rule from '../../rules/statement/statement-html.js';
import { page, ruleTester, site } from '../helpers/rule-tester.js';
import { link } from '../helpers/gp-site.js';
import { GOOD_STATEMENT, statementSite } from './statement-rules.shared.js';

ruleTester(rule, {
  valid: [{ name: 'an HTML statement page was crawled', input: statementSite(GOOD_STATEMENT) }],
  invalid: [
    {
      name: 'the footer links to a PDF statement',
      input: site([page({ Links: [link('/docs/Accessibility-Statement.pdf', 'Accessibility statement (PDF)', 'footer a.a11y', 'footer')] })]),
      findings: [{ messageId: 'pdfOnly', selector: 'footer a.a11y' }],
    },
  ],
  inapplicable: [
    { name: 'the statement is on another website', input: site([page({ Links: [link('https://www.nhs.uk/accessibility-statement/', 'Accessibility statement', 'footer a', 'footer')] })]) },
  ],
});
