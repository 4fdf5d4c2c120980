import rule from '../../rules/forms/accessible-authentication.js';
import { field } from '../helpers/artifact-builders.js';
import { page, ruleTester } from '../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    {
      name: 'password fields that allow paste and password managers',
      input: page({ Forms: [field('#pw', { type: 'password', label: 'Password', autocomplete: 'current-password' }), field('#new', { type: 'password', label: 'New password', autocomplete: 'new-password' })] }),
    },
  ],
  invalid: [
    {
      name: 'autocomplete="off" and a paste block',
      input: page({ Forms: [field('#pw', { type: 'password', label: 'Password', autocomplete: 'OFF' }), field('#word', { type: 'password', label: 'Memorable word', pasteBlocked: true })] }),
      findings: [{ messageId: 'autocompleteOff', selector: '#pw' }, { messageId: 'pasteBlocked', selector: '#word' }],
    },
  ],
  inapplicable: [{ name: 'no password field', input: page({ Forms: [field('#email', { type: 'email', label: 'Email' })] }) }],
});
