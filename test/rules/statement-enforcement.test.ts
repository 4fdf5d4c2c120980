import rule from '../../rules/statement/statement-enforcement.js';
import { ruleTester } from '../helpers/rule-tester.js';
import { link } from '../helpers/gp-site.js';
import { GOOD_STATEMENT, statementSite } from './statement-rules.shared.js';

ruleTester(rule, {
  valid: [
    { name: 'EHRC and EASS named', input: statementSite(GOOD_STATEMENT) },
    { name: 'EHRC by initials, EASS by link only', input: statementSite(['The EHRC enforces the regulations. Contact the advisory service.'], [link('https://www.equalityadvisoryservice.com/', 'advisory service')]) },
  ],
  invalid: [
    { name: 'no enforcement paragraph', input: statementSite(['This website is partially compliant.']), findings: [{ messageId: 'missingEnforcement' }] },
    { name: 'EHRC without EASS', input: statementSite(['The Equality and Human Rights Commission enforces the regulations.'], []), findings: [{ messageId: 'missingEnforcement' }] },
  ],
});
