import rule from '../../rules/consistency/consistent-help.js';
import { link } from '../helpers/artifact-builders.js';
import { page, ruleTester, site, TEST_ORIGIN } from '../helpers/rule-tester.js';

const footer = [link('#c', '/contact.html', 'Contact us', { region: 'footer' }), link('#t', 'tel:+441632960123', '01632 960 123', { region: 'footer' })];
ruleTester(rule, {
  valid: [
    {
      name: 'contact link and phone number in the footer on every page; the main content may differ',
      input: site([page({ Links: footer }, '/'), page({ Links: [link('#m', 'tel:+441632960123', 'Call us', { region: 'main' }), ...footer] }, '/contact.html')]),
    },
  ],
  invalid: [
    {
      name: 'the phone number moves to the header',
      input: site([page({ Links: footer }, '/'), page({ Links: [{ ...footer[1]!, region: 'header' }, footer[0]!] }, '/b')]),
      findings: [{ messageId: 'moved', url: `${TEST_ORIGIN}/b` }],
    },
    {
      name: 'chat and contact link swap order in the footer',
      input: site([
        page({ Links: [link('#chat', '/chat', 'Chat with us', { region: 'footer' }), footer[0]!] }, '/'),
        page({ Links: [footer[0]!, link('#chat', '/chat', 'Chat with us', { region: 'footer' })] }, '/c'),
      ]),
      findings: [{ messageId: 'moved', url: `${TEST_ORIGIN}/c` }],
    },
  ],
  inapplicable: [{ name: 'no help links in repeated parts', input: site([page({ Links: [link('#a', '/a', 'Appointments')] }), page({ Links: [] }, '/b')]) }],
});
