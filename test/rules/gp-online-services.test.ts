import rule from '../../rules/gp/gp-online-services.js';
import { ruleTester, site } from '../helpers/rule-tester.js';
import { gpPage, HOME_TITLE } from '../helpers/gp-site.js';

const s = (text: string) => site([gpPage('/', { title: HOME_TITLE, main: [text] })]);
ruleTester(rule, {
  valid: [{ name: 'NHS App and online request form', input: s('Use the NHS App, or send us an online request.') }],
  invalid: [{ name: 'NHS App only', input: s('You can use the NHS App to order prescriptions.'), findings: [{ messageId: 'missingOnlineRequest' }] }],
});
