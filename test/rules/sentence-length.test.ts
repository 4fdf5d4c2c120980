import rule from '../../rules/content/sentence-length.js';
import { mainText } from '../helpers/main-text.js';
import { ruleTester } from '../helpers/rule-tester.js';

const LONG = 'If you are off sick for more than 7 days you can ask us for a fit note using our online form, by calling us or at reception when we are open.'; // 31 words
const LONGISH = 'Please note you can ask us for a fit note using our online form or by calling us on weekdays after 10am.'; // 21 words

ruleTester(rule, {
  valid: [
    { name: 'short sentences', input: mainText([{ selector: 'main > p', text: 'A fit note says if you are well enough to work. Dr. Patel or a nurse can give you one at approx. 8.30am.' }]) },
    { name: 'a long heading is not a sentence in running text', input: mainText([{ selector: 'main > h2', kind: 'heading', text: LONG }, { selector: 'main > p', text: 'Call us today.' }]) },
    { name: 'looser limits', input: mainText([{ selector: 'main > p', text: LONG }]), options: { reviewAbove: 40, failAbove: 40 } },
  ],
  invalid: [
    { name: 'a sentence of 31 words fails', input: mainText([{ selector: 'main > p', text: `Call us. ${LONG}` }]), findings: [{ messageId: 'tooLong', selector: 'main > p', outcome: 'fail' }] },
    { name: 'a sentence of 21 words asks for review', input: mainText([{ selector: 'main > li', kind: 'list-item', text: LONGISH }]), findings: [{ messageId: 'longish', selector: 'main > li', outcome: 'needs-review' }] },
  ],
  inapplicable: [
    { name: 'no running text', input: mainText([{ selector: 'main > h1', kind: 'heading', text: 'Fit notes' }]) },
    { name: 'not in English', input: mainText([{ selector: 'main > p', text: LONG }], 'fr') },
  ],
});
