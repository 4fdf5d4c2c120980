import rule from '../../rules/content/paragraph-length.js';
import { mainText } from '../helpers/main-text.js';
import { ruleTester } from '../helpers/rule-tester.js';

const S = ['Drink lots of water every day.', 'Eat more fruit and vegetables.', 'Take a warm bath to ease the pain.', 'Do not push too hard.', 'See a GP if it does not get better.'];

ruleTester(rule, {
  valid: [
    { name: 'three sentences', input: mainText([{ selector: 'main > p', text: S.slice(0, 3).join(' ') }]) },
    { name: 'abbreviations and times do not add sentences', input: mainText([{ selector: 'main > p', text: 'See Dr. Patel at 8.30am, e.g. on Monday. Bring your medicines, i.e. tablets and creams. It takes approx. 10 minutes.' }]) },
    { name: 'a list is not a paragraph', input: mainText([{ selector: 'main > ul', kind: 'list-item', text: S.join(' ') }, { selector: 'main > p', text: S[0]! }]) },
  ],
  invalid: [
    { name: 'four sentences asks for review', input: mainText([{ selector: 'main > p', text: S.slice(0, 4).join(' ') }]), findings: [{ messageId: 'tooLong', selector: 'main > p', outcome: 'needs-review' }] },
    { name: 'five sentences fails', input: mainText([{ selector: 'main > p', text: S.join(' ') }]), findings: [{ messageId: 'tooLong', selector: 'main > p', outcome: 'fail' }] },
  ],
  inapplicable: [{ name: 'no paragraphs', input: mainText([]) }],
});
