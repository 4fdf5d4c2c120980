import rule from '../../rules/content/reading-age.js';
import { mainText } from '../helpers/main-text.js';
import { ruleTester } from '../helpers/rule-tester.js';

const PLAIN =
  'Piles are lumps inside and around your bottom. They often get better on their own. Drink lots of water. Eat more fruit and vegetables. This keeps your poo soft. Wipe your bottom with damp toilet paper. Take a warm bath to ease the pain. Do not push too hard when you poo. A pharmacist can tell you about creams that help. See a GP if things you do at home have not helped after 7 days. Call us or use our online form and we will call you back. We are open from 8am to 6pm on weekdays. You can also ask at the front desk.';
const HARD =
  'Haemorrhoids are vascular structures within the anal canal which, when symptomatic, typically present with painless rectal bleeding, pruritus, prolapse or discomfort on defecation. Symptoms characteristically manifest following prolonged straining associated with chronic constipation, pregnancy or increased intra-abdominal pressure. Conservative management, comprising dietary modification, appropriate hydration and topical preparations, is generally sufficient, whereas persistent or recurrent symptomatology may necessitate referral for procedural intervention.';

ruleTester(rule, {
  valid: [
    { name: 'plain text at a reading age of about 9', input: mainText([{ selector: 'main > p', text: PLAIN }]) },
    { name: 'hard text below the 100-word floor is not judged, plain text above it passes', input: mainText([{ selector: 'main > p:nth-of-type(1)', text: PLAIN }, { selector: 'main > h2', kind: 'heading', text: 'Management of haemorrhoidal symptomatology' }]) },
    { name: 'a higher target age', input: mainText([{ selector: 'main > p', text: `${HARD} ${HARD}` }]), options: { targetAge: 40 } },
  ],
  invalid: [
    {
      name: 'hard text: the page and the passage',
      input: mainText([{ selector: 'main > p', text: `${HARD} ${HARD}` }]),
      findings: [
        { messageId: 'pageHard', selector: 'main', outcome: 'needs-review' },
        { messageId: 'blockHard', selector: 'main > p', outcome: 'needs-review' },
      ],
    },
    {
      name: 'hard text fails over the limit when configured',
      input: mainText([{ selector: 'main > p', text: `${HARD} ${HARD}` }]),
      options: { failOverLimit: true },
      findings: [
        { messageId: 'pageHard', outcome: 'fail' },
        { messageId: 'blockHard', outcome: 'fail' },
      ],
    },
    {
      name: 'the page is hard even when no single block has 100 words',
      input: mainText([{ selector: 'main > p:nth-of-type(1)', text: HARD }, { selector: 'main > p:nth-of-type(2)', text: HARD.split('. ').slice(0, 2).join('. ') }]),
      findings: [{ messageId: 'pageHard', selector: 'main' }],
    },
  ],
  inapplicable: [
    { name: 'too few words', input: mainText([{ selector: 'main > p', text: 'Call us today.' }]) },
    { name: 'page not in English', input: mainText([{ selector: 'main > p', text: `${HARD} ${HARD}` }], 'cy') },
    { name: 'block in Welsh on an English page', input: mainText([{ selector: 'main > p', text: `${HARD} ${HARD}`, lang: 'cy' }]) },
  ],
});
