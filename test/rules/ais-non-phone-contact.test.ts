import rule from '../../rules/ais/ais-non-phone-contact.js';
import { ruleTester, site } from '../helpers/rule-tester.js';
import { gpPage, HOME_TITLE, link } from '../helpers/gp-site.js';

const contact = (main: string[], links = [link('tel:+441632960123', '01632 960 123')]) => site([gpPage('/', { title: HOME_TITLE }), gpPage('/contact.html', { title: 'Contact us - Riverside', main, links })]);
ruleTester(rule, {
  valid: [
    { name: 'an email address in the text', input: contact(['Call us or email riverside.practice@nhs.net.']) },
    { name: 'an sms link', input: contact(['Text us.'], [link('sms:+447700900456', '07700 900 456')]) },
    { name: 'a link to the online request form', input: contact(['Call us.'], [link('/request', 'Send us an online request')]) },
  ],
  invalid: [{ name: 'phone and address only', input: contact(['Call us on 01632 960 123.', '3 Station Road, Oakfield, OK2 5LB']), findings: [{ messageId: 'phoneOnly', url: 'https://www.riverside-medical.example/contact.html' }] }],
  inapplicable: [{ name: 'no contact page', input: site([gpPage('/', { title: HOME_TITLE })]) }],
});
