import rule from '../../rules/gp/gp-legal-pages.js';
import { page, ruleTester, site } from '../helpers/rule-tester.js';
import { gpPage, HOME_TITLE, link } from '../helpers/gp-site.js';

ruleTester(rule, {
  valid: [{ name: 'footer links on every page, complaints as a section', input: site([gpPage('/', { title: HOME_TITLE }), page({ Links: [link('/privacy.html#cookies', 'Cookies'), link('/contact.html#complaints', 'Comments and complaints')] }, '/x')]) }],
  invalid: [{ name: 'no cookies link', input: site([gpPage('/', { title: HOME_TITLE }), page({ Links: [link('/complaints', 'Complaints')] }, '/x')]), findings: [{ messageId: 'missingLinks', url: 'https://www.riverside-medical.example/x' }] }],
});
