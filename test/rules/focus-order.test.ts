import rule from '../../rules/keyboard/focus-order.js';
import { keyboard, stop } from '../helpers/artifact-builders.js';
import { page, ruleTester } from '../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    { name: 'focus follows the page', input: page({ Keyboard: keyboard({ stops: [stop('#a', { order: 0 }), stop('#b', { order: 1 }), stop('#c', { order: 2 })] }) }) },
    {
      name: 'a jump caused by a positive tabindex is left to positive-tabindex',
      input: page({ Keyboard: keyboard({ stops: [stop('#first', { order: 2, tabindex: 1 }), stop('#a', { order: 0 }), stop('#b', { order: 1 })] }) }),
    },
  ],
  invalid: [
    {
      name: 'focus jumps back up to a heading',
      input: page({ Keyboard: keyboard({ stops: [stop('#first', { order: 1 }), stop('#postcode', { order: 2 }), stop('#intro', { order: 0 })] }) }),
      findings: [{ messageId: 'backwards', selector: '#intro' }],
    },
  ],
  inapplicable: [{ name: 'one stop only', input: page({ Keyboard: keyboard({ stops: [stop('#a')] }) }) }],
});
