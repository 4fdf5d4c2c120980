import rule from '../../rules/ais/ais-other-formats.js';
import { ruleTester, site } from '../helpers/rule-tester.js';
import { gpPage, HOME_TITLE } from '../helpers/gp-site.js';

const s = (text: string) => site([gpPage('/', { title: HOME_TITLE }), gpPage('/contact.html', { title: 'Contact us', main: [text] })]);
ruleTester(rule, {
  valid: [{ name: 'named formats', input: s('We can give you information in Large-Print, easy read or Braille.') }],
  invalid: [
    { name: 'a generic offer', input: s('If you need information in a different format, call us.'), findings: [{ messageId: 'formatsNotNamed', outcome: 'needs-review' }] },
    { name: 'no offer', input: s('Call us on 01632 960 123.'), findings: [{ messageId: 'noOffer', outcome: 'fail' }] },
  ],
  inapplicable: [{ name: 'no contact page or statement', input: site([gpPage('/', { title: HOME_TITLE })]) }],
});
