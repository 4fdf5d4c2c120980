import rule from '../../rules/forms/autocomplete-personal-data.js';
import { field } from '../helpers/artifact-builders.js';
import { page, ruleTester } from '../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    {
      name: 'correct tokens, bday included, with section and contact prefixes',
      input: page({ Forms: [
        field('#name', { label: 'Full name', autocomplete: 'name' }),
        field('#dob', { label: 'Date of birth', autocomplete: 'bday' }),
        field('#email', { type: 'email', label: 'Email address', autocomplete: 'email' }),
        field('#tel', { type: 'tel', label: 'Mobile phone number', autocomplete: 'section-patient mobile tel' }),
        field('#pc', { label: 'Postcode', autocomplete: 'shipping postal-code' }),
        field('#addr', { tag: 'textarea', type: null, label: 'Address', autocomplete: 'street-address' }),
        field('#dob-day', { label: 'Day', name: 'dob-day', autocomplete: 'bday-day' }),
      ] }),
    },
  ],
  invalid: [
    {
      name: 'missing and wrong tokens, found from label, name and id',
      input: page({ Forms: [
        field('#name', { label: 'Full name *' }),
        field('#email', { label: 'Email address', autocomplete: 'off' }),
        field('#dob', { label: 'Date of birth', autocomplete: 'birthday' }),
        field('#f1', { label: '', name: 'postcode' }),
        field('#f2', { label: 'First name', autocomplete: 'email' }),
        field('#hidden', { label: 'Surname', visible: false }),
      ] }),
      findings: [
        { messageId: 'missing', selector: '#name' },
        { messageId: 'wrong', selector: '#email' },
        { messageId: 'wrong', selector: '#dob' },
        { messageId: 'missing', selector: '#f1' },
        { messageId: 'wrong', selector: '#f2' },
      ],
    },
  ],
  inapplicable: [
    {
      name: 'no personal-data question: questions about someone else, and fields that only mention a name',
      input: page({ Forms: [
        field('#old-gp', { label: 'Name of your last GP surgery (if you know it)', name: 'old-gp' }),
        field('#gp-phone', { label: "Your GP's phone number", name: 'gp-phone' }),
        field('#kin', { label: 'Next of kin name' }),
        field('#reason', { label: 'Reason for your appointment', name: 'reason' }),
        field('#q', { type: 'search', label: 'Search', name: 'q' }),
        field('#contact-by-phone', { type: 'checkbox', label: 'Phone me' }),
      ] }),
    },
  ],
});
