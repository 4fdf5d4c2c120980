import { z } from 'zod';
import { definePageRule } from '../../src/rule.js';
import { sentences } from '../../src/readability/index.js';
import { englishBlocks, isProse, PLAIN_LANGUAGE_STANDARDS, quote } from './content-blocks.js';

const Options = z.object({
  /** NHS: sentences of up to 20 words. Longer ones get a review finding. */
  reviewAbove: z.number().int().min(1).default(20),
  /** GOV.UK's limit: sentences of more than 25 words fail. */
  failAbove: z.number().int().min(1).default(25),
});

/** Long sentences are hard to follow, most of all for people with low literacy or who are unwell. */
export default definePageRule({
  meta: {
    id: 'sentence-length',
    severity: 'moderate',
    title: 'Sentences are short',
    failureTitle: 'Some sentences are too long',
    description:
      'Long sentences are hard to follow, especially for people with low literacy, a learning disability or English as a second language, and for anyone who is anxious or unwell. The NHS asks for sentences of up to 20 words.',
    wcag: ['3.1.5'],
    standards: PLAIN_LANGUAGE_STANDARDS,
    requires: ['MainText'],
    options: Options,
    messages: {
      tooLong:
        'This sentence has {{words}} words (sentences in this block average {{mean}}): "{{sentence}}". Keep sentences to 20 words or fewer. Split it into shorter sentences.',
      longish:
        'This sentence has {{words}} words: "{{sentence}}". The NHS asks for sentences of up to 20 words. Think about splitting it.',
    },
  },
  check({ MainText }, ctx) {
    const blocks = englishBlocks(MainText).filter(isProse);
    if (!blocks.length) return 'inapplicable';
    for (const block of blocks) {
      const list = sentences(block.text);
      if (!list.length) continue;
      const longest = list.reduce((a, b) => (b.words.length > a.words.length ? b : a));
      const words = longest.words.length;
      if (words <= ctx.options.reviewAbove) continue;
      const mean = Math.round((list.reduce((n, s) => n + s.words.length, 0) / list.length) * 10) / 10;
      const data = { words, mean, sentence: quote(longest.text, 200) };
      if (words > ctx.options.failAbove) ctx.report({ messageId: 'tooLong', selector: block.selector, outcome: 'fail', data });
      else ctx.report({ messageId: 'longish', selector: block.selector, outcome: 'needs-review', data });
    }
  },
});
