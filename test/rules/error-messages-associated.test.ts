import rule from '../../rules/forms/error-messages-associated.js';
import { field } from '../helpers/artifact-builders.js';
import { page, ruleTester } from '../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    {
      name: 'the error is linked with aria-describedby (with a hidden "Error:" prefix), or sits in the label',
      input: page({ Forms: [
        field('#dob', { label: 'Date of birth', ariaInvalid: true, errorText: 'Error: Enter your date of birth', describedBy: 'For example, 27 3 1985 Error: Enter your date of birth' }),
        field('#name', { label: 'Full name Enter your full name', errorText: 'Enter your full name' }),
      ] }),
    },
  ],
  invalid: [
    {
      name: 'an error shown next to the field but not linked',
      input: page({ Forms: [field('#dob', { label: 'Date of birth', ariaInvalid: true, errorText: 'Enter your date of birth', describedBy: 'For example, 27 3 1985' })] }),
      findings: [{ messageId: 'notAssociated', selector: '#dob' }],
    },
  ],
  inapplicable: [{ name: 'no field shows an error', input: page({ Forms: [field('#dob', { label: 'Date of birth' })] }) }],
});
