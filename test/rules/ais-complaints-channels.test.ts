import rule from '../../rules/ais/ais-complaints-channels.js';
import { ruleTester, site } from '../helpers/rule-tester.js';
import { gpPage, HOME_TITLE, link } from '../helpers/gp-site.js';

const home = gpPage('/', { title: HOME_TITLE });
ruleTester(rule, {
  valid: [
    { name: 'a complaints page with phone, email and letter', input: site([home, gpPage('/complaints.html', { title: 'Complaints', main: ['Call us, email us or write to the practice manager.'], links: [link('mailto:a@nhs.net', 'a@nhs.net')] })]) },
  ],
  invalid: [
    { name: 'complaints only by phone, in a section of the contact page', input: site([home, gpPage('/contact.html', { title: 'Contact us', main: ['Complaints', 'If you are not happy, call 01632 960 456 and ask for the practice manager.'] })]), findings: [{ messageId: 'oneChannel', selector: 'main > p:nth-of-type(1)' }] },
    { name: 'no complaints information', input: site([home]), findings: [{ messageId: 'noComplaintsInfo' }] },
  ],
});
