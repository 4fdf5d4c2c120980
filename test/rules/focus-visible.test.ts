import rule from '../../rules/keyboard/focus-visible.js';
import { keyboard, stop } from '../helpers/artifact-builders.js';
import { page, ruleTester } from '../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    { name: 'every stop changes on focus (box-shadow, outline, background)', input: page({ Keyboard: keyboard({ stops: [stop('#a'), stop('#b', { indicator: ['outline'] }), stop('#c', { indicator: ['background-color', 'color'] })] }) }) },
    { name: 'a custom checkbox whose label changes', input: page({ Keyboard: keyboard({ stops: [stop('#remind', { tag: 'input', indicator: ['pseudo-element'] })] }) }) },
  ],
  invalid: [
    {
      name: 'outline: none with no replacement, and focus on something invisible',
      input: page({ Keyboard: keyboard({ stops: [stop('#ok'), stop('#bad', { indicator: [] }), stop('#offscreen', { hidden: true, indicator: ['outline'] })] }) }),
      findings: [
        { messageId: 'noIndicator', selector: '#bad' },
        { messageId: 'focusHidden', selector: '#offscreen' },
      ],
    },
  ],
  inapplicable: [{ name: 'nothing takes focus', input: page({ Keyboard: keyboard() }) }],
});
