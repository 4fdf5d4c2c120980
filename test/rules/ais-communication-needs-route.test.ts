import rule from '../../rules/ais/ais-communication-needs-route.js';
import { ruleTester, site } from '../helpers/rule-tester.js';
import { gpPage, HOME_TITLE, link } from '../helpers/gp-site.js';

const home = (links = [link('/contact.html', 'Contact us')]) => gpPage('/', { title: HOME_TITLE, links });
ruleTester(rule, {
  valid: [
    { name: 'the contact page explains communication needs', input: site([home(), gpPage('/contact.html', { main: ['Tell us about your communication needs.'] })]) },
    { name: 'the home page links to an uncrawled needs form', input: site([home([link('/needs', 'Accessible information and reasonable adjustments')])]) },
  ],
  invalid: [
    { name: 'only deeper than 2 clicks', input: site([home(), gpPage('/a/b/c.html', { depth: 3, main: ['Tell us about your communication needs.'] })]), findings: [{ messageId: 'noRoute', url: 'https://www.riverside-medical.example/', selector: null }] },
  ],
  inapplicable: [
    { name: 'not a care provider site', input: site([gpPage('/', { title: 'Piles (haemorrhoids) - NHS' })]) },
    { name: 'a home page in Welsh', input: site([gpPage('/', { title: HOME_TITLE, lang: 'cy' })]) },
  ],
});
