import { z } from 'zod';
import { definePageRule } from '../../src/rule.js';
import { words } from '../../src/readability/index.js';
import { englishBlocks, PLAIN_LANGUAGE_STANDARDS, quote } from './content-blocks.js';

const Options = z.object({
  /** This many capitalised words in a row is a passage in capitals. Shorter runs are usually acronyms. */
  minWords: z.number().int().min(2).default(4),
});

const isCapitals = (w: string) => /\p{Lu}/u.test(w) && !/\p{Ll}/u.test(w) && w.replace(/[^\p{L}]/gu, '').length >= 1;

/** Text in capitals is harder to read: words lose their shape. */
export default definePageRule({
  meta: {
    id: 'text-in-capitals',
    severity: 'minor',
    title: 'Text is not written in capitals',
    failureTitle: 'Some text is written in capitals',
    description:
      'Text in capital letters is harder to read, because words lose their shape. People with dyslexia or low vision find it harder still, and some screen readers spell it out letter by letter. It can also read as shouting.',
    wcag: [],
    standards: PLAIN_LANGUAGE_STANDARDS,
    requires: ['MainText'],
    options: Options,
    messages: {
      capitals: 'This text is in capitals: "{{text}}". Use normal sentence case. To make something stand out, use a heading or an inset box.',
    },
  },
  check({ MainText }, ctx) {
    const blocks = englishBlocks(MainText);
    if (!blocks.length) return 'inapplicable';
    for (const block of blocks) {
      let run: string[] = [];
      let longest: string[] = [];
      for (const w of words(block.text)) {
        if (isCapitals(w) && /\p{L}{2,}/u.test(w) || (run.length && isCapitals(w))) run.push(w);
        else run = [];
        if (run.length > longest.length) longest = [...run];
      }
      // At least one word must be long enough not to be an acronym such as NHS or GP.
      if (longest.length >= ctx.options.minWords && longest.some((w) => w.replace(/[^\p{L}]/gu, '').length >= 5)) {
        ctx.report({ messageId: 'capitals', selector: block.selector, data: { text: quote(longest.join(' '), 100) } });
      }
    }
  },
});
