import rule from '../../rules/statement/statement-non-accessible.js';
import { ruleTester } from '../helpers/rule-tester.js';
import { GOOD_STATEMENT, statementSite } from './statement-rules.shared.js';

ruleTester(rule, {
  valid: [
    { name: 'partially compliant, citing 2.2.1', input: statementSite(GOOD_STATEMENT) },
    { name: 'fully compliant needs no list', input: statementSite(['This website is fully compliant with WCAG 2.2 AA.']) },
  ],
  invalid: [
    {
      name: 'partially compliant, nothing listed (the version number is not a criterion)',
      input: statementSite(['This website is partially compliant with the Web Content Accessibility Guidelines version 2.2 AA standard.', 'Some parts may not work.']),
      findings: [{ messageId: 'nothingListed', selector: null }],
    },
  ],
  inapplicable: [{ name: 'no status claim', input: statementSite(['We want everyone to be able to use this website.']) }],
});
