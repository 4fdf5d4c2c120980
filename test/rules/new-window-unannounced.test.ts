import rule from '../../rules/links/new-window-unannounced.js';
import { link } from '../helpers/artifact-builders.js';
import { page, ruleTester } from '../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    {
      name: 'new-tab links that say so, and a download',
      input: page({ Links: [
        link('#a', 'https://www.nhs.uk/nhs-app/', 'Get the NHS App (opens in new tab)', { target: '_blank' }),
        link('#b', 'https://www.nhs.uk/', 'NHS website, opens in a new window', { target: '_BLANK' }),
        link('#c', '/form.pdf', 'Registration form', { target: '_blank', download: true }),
      ] }),
    },
  ],
  invalid: [
    {
      name: 'a new-tab link that does not say so',
      input: page({ Links: [link('#app', 'https://www.nhs.uk/nhs-app/', 'Get the NHS App', { target: '_blank' })] }),
      findings: [{ messageId: 'unannounced', selector: '#app' }],
    },
  ],
  inapplicable: [{ name: 'no link opens a new tab', input: page({ Links: [link('#a', '/a', 'Appointments')] }) }],
});
