import rule from '../../rules/keyboard/focus-not-obscured.js';
import { keyboard, stop } from '../helpers/artifact-builders.js';
import { page, ruleTester } from '../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [{ name: 'nothing covers the focused elements', input: page({ Keyboard: keyboard({ stops: [stop('#a'), stop('#b')] }) }) }],
  invalid: [
    {
      name: 'a cookie banner covers a link',
      input: page({ Keyboard: keyboard({ stops: [stop('#a'), stop('#covered', { obscuredBy: '#cookie-banner' })] }) }),
      findings: [{ messageId: 'obscured', selector: '#covered' }],
    },
  ],
  inapplicable: [{ name: 'nothing takes focus', input: page({ Keyboard: keyboard() }) }],
});
