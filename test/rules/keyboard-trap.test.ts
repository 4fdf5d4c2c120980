import rule from '../../rules/keyboard/keyboard-trap.js';
import { keyboard, stop } from '../helpers/artifact-builders.js';
import { page, ruleTester } from '../helpers/rule-tester.js';

const stops = [stop('#a'), stop('#b')];
ruleTester(rule, {
  valid: [
    { name: 'the walk went round the whole page', input: page({ Keyboard: keyboard({ stops }) }) },
    { name: 'a widget that keeps focus until Escape', input: page({ Keyboard: keyboard({ stops, ended: 'trap', trap: { selector: '#picker', kind: 'cycle', stops: 2, dialog: false, escapable: true } }) }) },
  ],
  invalid: [
    {
      name: 'focus goes round two buttons and Escape does nothing',
      input: page({ Keyboard: keyboard({ stops, ended: 'trap', trap: { selector: '#picker', kind: 'cycle', stops: 2, dialog: false, escapable: false } }) }),
      findings: [{ messageId: 'cycle', selector: '#picker', outcome: 'fail' }],
    },
    {
      name: 'Tab does not move focus at all',
      input: page({ Keyboard: keyboard({ stops, ended: 'trap', trap: { selector: '#editor', kind: 'stuck', stops: 1, dialog: false, escapable: false } }) }),
      findings: [{ messageId: 'stuck', selector: '#editor' }],
    },
    {
      name: 'a modal dialog keeps focus: a person should check it can be closed',
      input: page({ Keyboard: keyboard({ stops, ended: 'trap', trap: { selector: '#modal', kind: 'cycle', stops: 3, dialog: true, escapable: false } }) }),
      findings: [{ messageId: 'dialog', selector: '#modal', outcome: 'needs-review' }],
    },
  ],
  inapplicable: [{ name: 'nothing takes focus', input: page({ Keyboard: keyboard() }) }],
});
