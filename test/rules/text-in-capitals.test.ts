import rule from '../../rules/content/text-in-capitals.js';
import { mainText } from '../helpers/main-text.js';
import { ruleTester } from '../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    { name: 'sentence case with acronyms', input: mainText([{ selector: 'main > p', text: 'Use the NHS App or call NHS 111. Go to A&E or call 999 in an emergency. Ask your GP.' }]) },
    { name: 'a run of short acronyms', input: mainText([{ selector: 'main > p', text: 'The NHS GP BMA CQC rules apply.' }]) },
  ],
  invalid: [
    { name: 'a shouted warning', input: mainText([{ selector: 'main > p', text: 'PLEASE DO NOT CALL BEFORE 10AM FOR TEST RESULTS. Thank you.' }]), findings: [{ messageId: 'capitals', selector: 'main > p' }] },
  ],
  inapplicable: [{ name: 'not in English', input: mainText([{ selector: 'main > p', text: 'PEIDIWCH Â FFONIO CYN DEG O GLOCH' }], 'cy') }],
});
