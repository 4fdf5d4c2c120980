import rule from '../../rules/statement/statement-review-date.js';
import { ruleTester } from '../helpers/rule-tester.js';
import { GOOD_STATEMENT, statementSite } from './statement-rules.shared.js';

ruleTester(rule, {
  valid: [
    { name: 'reviewed 2 October 2026, audited 21 November 2026', input: statementSite(GOOD_STATEMENT) },
    { name: 'numeric date, 11 months old', input: statementSite(['This statement was last updated on 30/12/2025.']) },
  ],
  invalid: [
    { name: 'last reviewed 4 January 2023', input: statementSite(['This statement was last reviewed on 4 January 2023.']), findings: [{ messageId: 'staleDate' }] },
    { name: 'the same statement is stale a year later', input: statementSite(GOOD_STATEMENT), auditDate: '2027-10-03T00:00:00Z', findings: [{ messageId: 'staleDate' }] },
    { name: 'no date', input: statementSite(['This website is partially compliant.']), findings: [{ messageId: 'missingDate' }] },
  ],
});
