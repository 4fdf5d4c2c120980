import rule from '../../rules/gp/gp-urgent-care.js';
import { ruleTester, site } from '../helpers/rule-tester.js';
import { gpPage, HOME_TITLE } from '../helpers/gp-site.js';

const URGENT = 'Call 999 in an emergency. Use NHS 111 online or call 111. When we are closed, call 111.';
ruleTester(rule, {
  valid: [{ name: 'home and contact pages signpost', input: site([gpPage('/', { title: HOME_TITLE, main: [URGENT] }), gpPage('/contact.html', { title: 'Contact us', main: ['In an emergency dial 999.', 'Out-of-hours: 111.nhs.uk'] })]) }],
  invalid: [
    {
      name: 'the contact page has no urgent help, and a £111 fee is not NHS 111',
      input: site([gpPage('/', { title: HOME_TITLE, main: [URGENT] }), gpPage('/contact.html', { title: 'Contact us', main: ['Medical reports cost £111.'] })]),
      findings: [{ messageId: 'missingUrgentCare', url: 'https://www.riverside-medical.example/contact.html' }],
    },
  ],
});
