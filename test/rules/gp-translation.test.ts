import rule from '../../rules/gp/gp-translation.js';
import { ruleTester, site } from '../helpers/rule-tester.js';
import { gpPage, HOME_TITLE } from '../helpers/gp-site.js';

const s = (text: string) => site([gpPage('/', { title: HOME_TITLE, main: [text] })]);
ruleTester(rule, {
  valid: [{ name: 'interpreters offered', input: s('We can book an interpreter for other languages.') }],
  invalid: [{ name: 'nothing', input: s('Welcome.'), findings: [{ messageId: 'noTranslationHelp', outcome: 'needs-review' }] }],
});
