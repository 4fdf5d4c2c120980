import rule from '../../rules/statement/statement-scope.js';
import { ruleTester, site } from '../helpers/rule-tester.js';
import { gpPage } from '../helpers/gp-site.js';
import { GOOD_STATEMENT, statementSite } from './statement-rules.shared.js';

ruleTester(rule, {
  valid: [
    { name: 'model wording', input: statementSite(GOOD_STATEMENT) },
    { name: 'other wording, odd spacing and case', input: statementSite(['This  Statement COVERS the website of Riverside Medical Practice.']) },
  ],
  invalid: [{ name: 'no scope sentence', input: statementSite(['We want everyone to be able to use this website.']), findings: [{ messageId: 'missingScope', selector: null }] }],
  inapplicable: [
    { name: 'no statement page', input: site([gpPage('/')]) },
    { name: 'a Welsh statement', input: site([gpPage('/accessibility-statement.html', { title: 'Accessibility statement', lang: 'cy', main: ['Mae\'r datganiad hygyrchedd hwn'] })]) },
  ],
});
