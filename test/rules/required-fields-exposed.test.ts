import rule from '../../rules/forms/required-fields-exposed.js';
import { field } from '../helpers/artifact-builders.js';
import { page, ruleTester } from '../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    {
      name: 'marked on screen and in the code',
      input: page({ Forms: [field('#a', { label: 'Full name *', required: true }), field('#b', { label: 'Phone number (required)', ariaRequired: true })] }),
    },
  ],
  invalid: [
    {
      name: 'an asterisk and "(required)" with nothing in the code',
      input: page({ Forms: [field('#a', { label: 'Full name *' }), field('#b', { label: 'Phone number (required)' }), field('#c', { label: 'Best time to call' })] }),
      findings: [{ messageId: 'notExposed', selector: '#a' }, { messageId: 'notExposed', selector: '#b' }],
    },
  ],
  inapplicable: [{ name: 'optional fields marked "(optional)" instead', input: page({ Forms: [field('#a', { label: 'Best time to call (optional)' })] }) }],
});
