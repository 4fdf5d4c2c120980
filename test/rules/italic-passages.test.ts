import rule from '../../rules/content/italic-passages.js';
import { mainText } from '../helpers/main-text.js';
import { ruleTester } from '../helpers/rule-tester.js';

const LONG = 'Please note that the practice is closed on bank holidays and on the afternoon of the second Wednesday of each month for staff training.';

ruleTester(rule, {
  valid: [
    { name: 'long text not in italics', input: mainText([{ selector: 'main > p', text: LONG }]) },
    { name: 'a short italic caption', input: mainText([{ selector: 'main > p', text: 'Photo: our reception', italic: true }]) },
  ],
  invalid: [{ name: 'a long italic paragraph', input: mainText([{ selector: 'main > p', text: LONG, italic: true }]), findings: [{ messageId: 'italic', selector: 'main > p' }] }],
  inapplicable: [{ name: 'not in English', input: mainText([{ selector: 'main > p', text: LONG, italic: true }], 'de') }],
});
