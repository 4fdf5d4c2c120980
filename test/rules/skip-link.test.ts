import rule from '../../rules/keyboard/skip-link.js';
import { keyboard, stop } from '../helpers/artifact-builders.js';
import { page, ruleTester } from '../helpers/rule-tester.js';

const menu = [stop('#home', { region: 'header' }), stop('#m1', { region: 'nav' }), stop('#m2', { region: 'nav' }), stop('#m3', { region: 'nav' }), stop('#content', { region: 'main' })];
const skip = { selector: '#skip', text: 'Skip to main content', href: '#maincontent', targetExists: true, focusMoved: true };
ruleTester(rule, {
  valid: [{ name: 'a skip link that moves focus to the main content', input: page({ Keyboard: keyboard({ stops: [stop('#skip', { region: 'other' }), ...menu], skipLink: skip }) }) }],
  invalid: [
    {
      name: 'a skip link to an id that does not exist',
      input: page({ Keyboard: keyboard({ stops: [stop('#skip'), ...menu], skipLink: { ...skip, targetExists: false, focusMoved: false } }) }),
      findings: [{ messageId: 'noTarget', selector: '#skip' }],
    },
    {
      name: 'a skip link that does not move focus',
      input: page({ Keyboard: keyboard({ stops: [stop('#skip'), ...menu], skipLink: { ...skip, focusMoved: false } }) }),
      findings: [{ messageId: 'focusNotMoved', selector: '#skip' }],
    },
    {
      name: 'no skip link and no main landmark',
      input: page({ Keyboard: keyboard({ stops: menu, hasMain: false }) }),
      findings: [{ messageId: 'missing', selector: null, outcome: 'fail' }],
    },
    {
      name: 'no skip link, but a main landmark: a person should check',
      input: page({ Keyboard: keyboard({ stops: menu, hasMain: true }) }),
      findings: [{ messageId: 'missingWithLandmarks', outcome: 'needs-review' }],
    },
  ],
  inapplicable: [{ name: 'a page with no repeated menu', input: page({ Keyboard: keyboard({ stops: [stop('#home', { region: 'header' }), stop('#a')] }) }) }],
});
