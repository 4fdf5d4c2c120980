import rule from '../../rules/consistency/consistent-navigation.js';
import { link } from '../helpers/artifact-builders.js';
import { page, ruleTester, site, TEST_ORIGIN } from '../helpers/rule-tester.js';

const menu = (...names: string[]) => names.map((n, i) => link(`#m${i}`, `/${n.toLowerCase()}.html`, n, { region: 'nav' }));
const home = page({ Links: [...menu('Appointments', 'Prescriptions', 'Contact'), link('#f', '/privacy.html', 'Privacy', { region: 'footer' })] }, '/');
ruleTester(rule, {
  valid: [
    {
      name: 'the same menu everywhere; a page adds a link, and main content links may differ',
      input: site([home, page({ Links: [...menu('Appointments', 'Prescriptions', 'Test results', 'Contact'), link('#x', '/contact.html', 'Contact', { region: 'main' }), link('#y', '/appointments.html', 'Appointments', { region: 'main' })] }, '/a')]),
    },
  ],
  invalid: [
    {
      name: 'two menu links swap places',
      input: site([home, page({ Links: menu('Prescriptions', 'Appointments', 'Contact') }, '/b')]),
      findings: [{ messageId: 'reordered', url: `${TEST_ORIGIN}/b` }],
    },
  ],
  inapplicable: [{ name: 'one page only', input: site([home]) }],
});
