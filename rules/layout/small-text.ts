import { z } from 'zod';
import { definePageRule } from '../../src/rule.js';

/**
 * Advisory: most of the text is smaller than 16 px. 16 px is the browser default, the smallest
 * body text in the NHS.UK and GOV.UK design systems (on phones), and about 12 pt, the smallest
 * size in RNIB clear print guidance.
 */
export default definePageRule({
  meta: {
    id: 'small-text',
    severity: 'minor',
    advisory: true,
    title: 'The main text is a comfortable size',
    failureTitle: 'Much of the text is small',
    description:
      'Small text is hard to read for many older people and people with low vision. NHS.UK uses at least 16 pixels for body text, and 19 pixels on bigger screens.',
    wcag: [],
    standards: ['nhs-service-standard:4', 'nhs-service-standard:5', 'inclusion:accessibility'],
    requires: ['Layout'],
    options: z.object({
      minPx: z.number().positive().default(16),
      /** Share of the page's characters below minPx that counts as "much". */
      maxShare: z.number().min(0).max(1).default(0.25),
    }),
    messages: {
      smallText:
        '{{percent}}% of the text on this page is smaller than {{minPx}} pixels. The biggest block of small text is {{fontSize}} pixels. Make body text at least {{minPx}} pixels, so people can read it without zooming.',
    },
  },
  check({ Layout }, ctx) {
    const { totalChars, bySize, smallBlocks } = Layout.text;
    if (totalChars === 0) return 'inapplicable';
    const small = bySize.filter((s) => s.px < ctx.options.minPx).reduce((n, s) => n + s.chars, 0);
    const share = small / totalChars;
    if (share <= ctx.options.maxShare) return;
    const biggest = smallBlocks.find((b) => b.fontSize < ctx.options.minPx);
    ctx.report({
      messageId: 'smallText',
      selector: biggest?.selector ?? null,
      html: biggest?.html,
      data: { percent: Math.round(share * 100), minPx: ctx.options.minPx, fontSize: biggest?.fontSize ?? Math.min(...bySize.map((s) => s.px)) },
    });
  },
});
