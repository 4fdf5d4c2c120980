// UK-English sentence and word splitting.
import { describe, expect, it } from 'vitest';
import { sentences, words } from '../../src/readability/tokenise.js';

const texts = (t: string) => sentences(t).map((s) => s.text);

describe('sentences', () => {
  it('does not end a sentence at Dr., e.g., i.e. or approx.', () => {
    expect(texts('Dr. Patel will see you. Bring your medicines, e.g. Tablets and creams. It takes approx. 10 minutes to check them all.')).toEqual([
      'Dr. Patel will see you.',
      'Bring your medicines, e.g. Tablets and creams.',
      'It takes approx. 10 minutes to check them all.',
    ]);
    expect(sentences('Use a form, i.e. the green one at reception.')).toHaveLength(1);
  });
  it('ends a sentence at etc. before a capital, not before a lower-case word', () => {
    expect(texts('Bring tablets, creams etc. We will check them. Bring tablets etc. and we will check them all.')).toHaveLength(3);
  });
  it('keeps decimals and times such as 8.30am inside a sentence', () => {
    const s = sentences('We open at 8.30am and close at 6.30pm. Take 2.5ml of the medicine twice a day.');
    expect(s).toHaveLength(2);
    expect(s[0]!.words).toEqual(['We', 'open', 'at', '8.30am', 'and', 'close', 'at', '6.30pm']);
    expect(s[1]!.words).toContain('2.5ml');
  });
  it('treats each bullet line as a sentence even without full stops', () => {
    const s = sentences('You can ask us for a fit note:\n• using our online form today\n• by calling the surgery on 01632 960 123\n- at the front desk in person');
    expect(s.map((x) => x.words.length)).toEqual([8, 5, 8, 6]);
  });
  it('keeps quoted speech together when the sentence carries on', () => {
    expect(texts('"Come in!" she said to the patient. "Thank you," he said.')).toEqual(['"Come in!" she said to the patient.', '"Thank you," he said.']);
  });
  it('ends a sentence at ? or ! even with no space after it', () => {
    expect(sentences('Who is there?I have no time for this right now.')).toHaveLength(2);
  });
  it('joins a line break inside a sentence, and breaks at one before a capital', () => {
    expect(sentences('Please call us if you need to\nchange your appointment time.')).toHaveLength(1);
    expect(sentences('Opening times\nMonday to Friday from 8am to 6pm')).toHaveLength(1);
    expect(sentences('Our opening times this week\nMonday to Friday from 8am to 6pm')).toHaveLength(2);
  });
  it('joins fragments of 1 or 2 words to the sentence before', () => {
    expect(sentences('You do not need to book an appointment. Just come.')).toHaveLength(1);
    expect(sentences('Yes.')).toHaveLength(1);
  });
});

describe('words', () => {
  it('keeps hyphens and apostrophes inside words', () => {
    expect(words("It's a self-certification form, not the patients' copy.")).toEqual(["It's", 'a', 'self-certification', 'form', 'not', 'the', 'patients', 'copy']);
  });
  it('splits on tabs, non-breaking spaces and dashes', () => {
    expect(words('call\tus\u00a0today—or\u2009email us – thanks')).toEqual(['call', 'us', 'today', 'or', 'email', 'us', 'thanks']);
  });
  it('counts numbers as words and drops lone punctuation', () => {
    expect(words('Call 111 & ask … for 24/7 help')).toEqual(['Call', '111', 'ask', 'for', '24/7', 'help']);
  });
  it('treats curly apostrophes like straight ones', () => {
    expect(sentences('You don’t need to wait.')[0]!.words).toEqual(["You", "don't", 'need', 'to', 'wait']);
  });
});
