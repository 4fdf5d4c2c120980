// A model accessibility statement and a gappy one, as site artifacts, for the statement rule tests.
import { site } from '../helpers/rule-tester.js';
import { gpPage, HOME_TITLE, link } from '../helpers/gp-site.js';

export const GOOD_STATEMENT = [
  'This accessibility statement applies to the Riverside Medical Practice website.',
  'You can ask for anything on this website in a different format, for example large print, easy read or braille.',
  'Email riverside.practice@nhs.net or use our online contact form.',
  'The Equality and Human Rights Commission (EHRC) is responsible for enforcing the accessibility regulations. If you are not happy with how we respond, contact the Equality Advisory and Support Service (EASS).',
  'This website is partially compliant with the Web Content Accessibility Guidelines version 2.2 AA standard.',
  'Our online form ends your session after 30 minutes. This fails WCAG 2.2 success criterion 2.2.1 (timing adjustable).',
  'This statement was prepared on 3 March 2026. It was last reviewed on 2 October 2026.',
];

export function statementSite(main: string[], extraLinks = [link('/contact.html#form', 'online contact form')]) {
  return site([gpPage('/', { title: HOME_TITLE }), gpPage('/accessibility-statement.html', { title: 'Accessibility statement - Riverside Medical Practice', main, links: extraLinks })]);
}
