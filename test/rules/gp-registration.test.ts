import rule from '../../rules/gp/gp-registration.js';
import { ruleTester, site } from '../helpers/rule-tester.js';
import { gpPage, HOME_TITLE } from '../helpers/gp-site.js';

const home = gpPage('/', { title: HOME_TITLE });
ruleTester(rule, {
  valid: [
    { name: 'register page says no ID needed', input: site([home, gpPage('/register.html', { title: 'Register as a patient', main: ["You don't need proof of address or ID to register."] })]) },
    { name: 'a section of the services page', input: site([home, gpPage('/services.html', { title: 'Services', main: ['Register with us', 'Proof of address is not needed.'] })]) },
  ],
  invalid: [
    { name: 'asks for ID', input: site([home, gpPage('/register.html', { title: 'Register', main: ['Bring 2 forms of ID.'] })]), findings: [{ messageId: 'missingNoProof', outcome: 'needs-review' }] },
    { name: 'no registration information', input: site([home]), findings: [{ messageId: 'noRegisterInfo', outcome: 'fail' }] },
  ],
});
