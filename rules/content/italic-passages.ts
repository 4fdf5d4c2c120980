import { z } from 'zod';
import { definePageRule } from '../../src/rule.js';
import { words } from '../../src/readability/index.js';
import { englishBlocks, PLAIN_LANGUAGE_STANDARDS, quote } from './content-blocks.js';

const Options = z.object({
  /** An italic block with this many words or more is a long italic passage. */
  minWords: z.number().int().min(1).default(20),
});

/** Long passages in italics are hard to read. */
export default definePageRule({
  meta: {
    id: 'italic-passages',
    severity: 'minor',
    title: 'Long passages are not in italics',
    failureTitle: 'Some long passages are in italics',
    description:
      'Italic text is harder to read, especially for people with dyslexia or low vision. The NHS and GOV.UK style guides say not to use italics.',
    wcag: [],
    standards: PLAIN_LANGUAGE_STANDARDS,
    requires: ['MainText'],
    options: Options,
    messages: {
      italic: 'This passage of {{words}} words is in italics: "{{start}}". Use normal text. To make it stand out, use a heading or an inset box.',
    },
  },
  check({ MainText }, ctx) {
    const blocks = englishBlocks(MainText);
    if (!blocks.length) return 'inapplicable';
    for (const block of blocks) {
      if (!block.italic) continue;
      const count = words(block.text).length;
      if (count >= ctx.options.minWords) ctx.report({ messageId: 'italic', selector: block.selector, data: { words: count, start: quote(block.text, 80) } });
    }
  },
});
