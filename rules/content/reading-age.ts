import { z } from 'zod';
import { definePageRule } from '../../src/rule.js';
import { readabilityOfBlocks, type ReadabilityResult } from '../../src/readability/index.js';
import { englishBlocks, PLAIN_LANGUAGE_STANDARDS, quote } from './content-blocks.js';

const Options = z.object({
  /** NHS target: a reading age of 9 to 11. Text above this gets a finding. */
  targetAge: z.number().min(5).max(40).default(11),
  /** NHS upper limit for complex medical content: 11 to 14. */
  limitAge: z.number().min(5).max(40).default(14),
  /** Fail text above limitAge instead of asking for review. Off: the NHS advises using scores to prioritise. */
  failOverLimit: z.boolean().default(false),
  /** Text with fewer words gives unstable scores, so it is not scored. */
  minWords: z.number().int().min(1).default(100),
  /** Which grade formula gives the age (grade + 5). */
  formula: z.enum(['fleschKincaid', 'smog']).default('fleschKincaid'),
});

const round = (n: number) => Math.round(n * 10) / 10;

/** A reading age above the NHS target shuts out the 4 in 10 adults who struggle with health information. */
export default definePageRule({
  meta: {
    id: 'reading-age',
    severity: 'moderate',
    advisory: true,
    title: 'Main content has a reading age the NHS recommends',
    failureTitle: 'Main content is harder to read than the NHS recommends',
    description:
      'More than 4 in 10 adults in England struggle to understand health information written for the public. The NHS aims for a reading age of 9 to 11, and 11 to 14 for complex medical information. Readability scores help you find the pages to work on first.',
    wcag: ['3.1.5'],
    standards: PLAIN_LANGUAGE_STANDARDS,
    requires: ['MainText'],
    options: Options,
    messages: {
      pageHard:
        'The main content has a reading age of about {{age}} ({{words}} words). The NHS aims for 9 to 11, or up to 14 for complex medical information. Use shorter sentences and everyday words.',
      blockHard:
        'This passage has a reading age of about {{age}} ({{words}} words). The NHS aims for 9 to 11. Its longest sentence is: "{{sentence}}". Split long sentences and use everyday words.',
    },
  },
  check({ MainText }, ctx) {
    const o = ctx.options;
    const blocks = englishBlocks(MainText);
    const scored = readabilityOfBlocks(blocks, { lang: MainText.lang });
    // Ages are compared as reported, to one decimal place, so a finding never says "about 11" against a target of 11.
    const ageOf = (r: ReadabilityResult) => round((o.formula === 'smog' ? r.readingAges?.smog : r.readingAges?.fleschKincaid) ?? 0);
    const outcome = (age: number) => (o.failOverLimit && age > o.limitAge ? 'fail' : 'needs-review');
    let judged = false;
    if (scored.page.counts.words >= o.minWords) {
      judged = true;
      const age = ageOf(scored.page);
      if (age > o.targetAge) {
        ctx.report({ messageId: 'pageHard', selector: MainText.root, outcome: outcome(age), data: { age, words: scored.page.counts.words } });
      }
    }
    for (const block of scored.blocks) {
      if (!block.scored || block.result.counts.words < o.minWords) continue;
      judged = true;
      const age = ageOf(block.result);
      if (age <= o.targetAge) continue;
      const sentence = block.result.longestSentence?.text ?? '';
      ctx.report({
        messageId: 'blockHard',
        selector: block.selector,
        outcome: outcome(age),
        data: { age, words: block.result.counts.words, sentence: quote(sentence) },
      });
    }
    return judged ? undefined : 'inapplicable';
  },
});
