import { describe, expect, it } from 'vitest';
import rule from '../../rules/content/words-to-avoid.js';
import { mainText } from '../helpers/main-text.js';
import { runRule, ruleTester } from '../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    { name: 'plain words', input: mainText([{ selector: 'main > p', text: 'Call us to book. You can also contact us online or use the NHS App. Go to A&E if it is an emergency.' }]) },
    { name: 'words inside other words do not count', input: mainText([{ selector: 'main > p', text: 'We are keyholders. The occurrence form is here. Telephones are on the wall.' }]) },
    { name: 'an allowed word', input: mainText([{ selector: 'main > p', text: 'Ask us about a key safe.' }]), options: { allow: ['key'] } },
  ],
  invalid: [
    {
      name: 'one word from each list, in order of the lists',
      input: mainText([{ selector: 'main > p', text: 'A clinician will triage your request. We utilise the latest systems.' }]),
      findings: [
        { messageId: 'nhsWord', selector: 'main > p', outcome: 'fail' },
        { messageId: 'gdsWord', selector: 'main > p', outcome: 'fail' },
        { messageId: 'taskWord', selector: 'main > p', outcome: 'fail' },
      ],
    },
    {
      name: 'GP task terms in a button and a heading',
      input: mainText([
        { selector: 'main > h2', kind: 'heading', text: 'Online consultation' },
        { selector: 'main > button', kind: 'control', text: 'Send a secure message' },
      ]),
      findings: [{ messageId: 'taskWord', selector: 'main > h2' }, { messageId: 'taskWord', selector: 'main > button' }],
    },
    { name: 'context-dependent words ask for review', input: mainText([{ selector: 'main > p', text: 'This is a key step.' }]), findings: [{ messageId: 'gdsWord', outcome: 'needs-review' }] },
  ],
  inapplicable: [{ name: 'not in English', input: mainText([{ selector: 'main > p', text: 'Bydd clinician yn eich ffonio.' }], 'cy-GB') }],
});

describe('words-to-avoid messages', () => {
  it('quote the word in context, give the replacement and name the list', () => {
    const r = runRule(rule, mainText([{ selector: 'main > p', text: 'Symptoms may occur after eating. Send an eConsult today.' }]));
    expect(r.findings.map((f) => f.message)).toEqual([
      'This says "occur": "Symptoms may occur after eating. Send an eConsult today.". The NHS A to Z of health writing says to avoid it. Use "happen" instead.',
      expect.stringMatching(/^This says "eConsult": .*GP website guidance.*contact us online/),
    ]);
  });
});
