import { z } from 'zod';
import { definePageRule } from '../../src/rule.js';
import { sentences } from '../../src/readability/index.js';
import { englishBlocks, PLAIN_LANGUAGE_STANDARDS, quote } from './content-blocks.js';

const Options = z.object({
  /** NHS: paragraphs of up to 3 sentences. A paragraph with this many gets a review finding. */
  reviewAt: z.number().int().min(2).default(4),
  /** A paragraph with this many sentences or more fails. */
  failAt: z.number().int().min(2).default(5),
});

/** Long paragraphs look like a wall of text; people skim past them, or give up. */
export default definePageRule({
  meta: {
    id: 'paragraph-length',
    severity: 'minor',
    title: 'Paragraphs are short',
    failureTitle: 'Some paragraphs are too long',
    description:
      'People scan web pages. Long paragraphs look like a wall of text, and people with low literacy, dyslexia or poor concentration may give up. The NHS asks for paragraphs of up to 3 sentences.',
    wcag: [],
    standards: PLAIN_LANGUAGE_STANDARDS,
    requires: ['MainText'],
    options: Options,
    messages: {
      tooLong: 'This paragraph has {{count}} sentences. It starts: "{{start}}". Keep paragraphs to 3 sentences or fewer. Split it up, or use a list.',
    },
  },
  check({ MainText }, ctx) {
    const paragraphs = englishBlocks(MainText).filter((b) => b.kind === 'paragraph');
    if (!paragraphs.length) return 'inapplicable';
    for (const p of paragraphs) {
      const count = sentences(p.text).length;
      if (count < ctx.options.reviewAt) continue;
      ctx.report({
        messageId: 'tooLong',
        selector: p.selector,
        outcome: count >= ctx.options.failAt ? 'fail' : 'needs-review',
        data: { count, start: quote(p.text, 80) },
      });
    }
  },
});
