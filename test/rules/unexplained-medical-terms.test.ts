import rule from '../../rules/content/unexplained-medical-terms.js';
import { mainText } from '../helpers/main-text.js';
import { ruleTester } from '../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    { name: 'plain word first, medical word in brackets', input: mainText([{ selector: 'main > p', text: 'Piles (haemorrhoids) are lumps inside and around your bottom.' }]) },
    { name: 'the gloss is in the heading before', input: mainText([{ selector: 'main > h1', kind: 'heading', text: 'High blood pressure' }, { selector: 'main > p', text: 'Hypertension rarely has symptoms.' }]) },
  ],
  invalid: [
    {
      name: 'two unexplained terms, each reported once',
      input: mainText([
        { selector: 'main > p:nth-of-type(1)', text: 'Haemorrhoids are common in pregnancy.' },
        { selector: 'main > p:nth-of-type(2)', text: 'Your nurse checks for hypertension.' },
        { selector: 'main > p:nth-of-type(3)', text: 'More about hypertension and haemorrhoids.' },
      ]),
      findings: [
        { messageId: 'unexplained', selector: 'main > p:nth-of-type(1)', outcome: 'needs-review' },
        { messageId: 'unexplained', selector: 'main > p:nth-of-type(2)', outcome: 'needs-review' },
      ],
    },
  ],
  inapplicable: [{ name: 'not in English', input: mainText([{ selector: 'main > p', text: 'Hämorrhoiden sind häufig.' }], 'de-DE') }],
});
