import rule from '../../rules/keyboard/mouse-only-controls.js';
import { keyboard } from '../helpers/artifact-builders.js';
import { page, ruleTester } from '../helpers/rule-tester.js';

const el = (selector: string, clickHandler: boolean) => ({ selector, tag: 'div', text: 'Book an appointment', html: `<div id="${selector.slice(1)}">`, clickHandler });
ruleTester(rule, {
  valid: [{ name: 'no clickable element is out of keyboard reach', input: page({ Keyboard: keyboard() }) }],
  invalid: [
    {
      name: 'a div with a click handler, and one that only looks clickable',
      input: page({ Keyboard: keyboard({ mouseOnly: [el('#card', true), el('#pointer', false)] }) }),
      findings: [
        { messageId: 'clickOnly', selector: '#card', outcome: 'fail' },
        { messageId: 'looksClickable', selector: '#pointer', outcome: 'needs-review' },
      ],
    },
  ],
});
