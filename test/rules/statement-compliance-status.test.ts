import rule from '../../rules/statement/statement-compliance-status.js';
import { ruleTester } from '../helpers/rule-tester.js';
import { GOOD_STATEMENT, statementSite } from './statement-rules.shared.js';

ruleTester(rule, {
  valid: [
    { name: 'partially compliant with WCAG 2.2', input: statementSite(GOOD_STATEMENT) },
    { name: 'fully compliant with WCAG (version) 2.2', input: statementSite(['This website is fully compliant with WCAG 2.2 AA.']) },
  ],
  invalid: [
    { name: 'no status', input: statementSite(['We want everyone to be able to use this website.']), findings: [{ messageId: 'missingStatus' }] },
    { name: 'a status with no version', input: statementSite(['This website is partially compliant with the accessibility standard.']), findings: [{ messageId: 'missingVersion' }] },
    {
      name: 'WCAG 2.1 warns and points at the sentence',
      input: statementSite(['Hello.', 'This website is partially compliant with the Web Content Accessibility Guidelines version 2.1 AA standard.']),
      findings: [{ messageId: 'oldVersion', outcome: 'needs-review', selector: 'main > p:nth-of-type(2)' }],
    },
  ],
});
