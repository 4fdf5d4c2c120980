import rule from '../../rules/gp/gp-pdf-only-task.js';
import { ruleTester, site } from '../helpers/rule-tester.js';
import { gpPage, HOME_TITLE, link } from '../helpers/gp-site.js';

const reg = (links: ReturnType<typeof link>[]) => site([gpPage('/', { title: HOME_TITLE }), gpPage('/register.html', { title: 'Register', links })]);
ruleTester(rule, {
  valid: [
    { name: 'a web form beside the PDF', input: reg([link('/documents/form.pdf', 'Download our registration form (PDF)'), link('/registration-form.html', 'Fill in our registration form online')]) },
    { name: 'a PDF leaflet is not a task', input: reg([link('/documents/leaflet.pdf', 'Practice leaflet (PDF)')]) },
  ],
  invalid: [{ name: 'registration form only as a PDF', input: reg([link('/online-services.html#nhs-app', 'NHS App'), link('/documents/registration-form.pdf', 'Download our registration form (PDF, 2KB)', '#pdf')]), findings: [{ messageId: 'pdfOnly', selector: '#pdf' }] }],
});
