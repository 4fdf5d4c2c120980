import { z } from 'zod';
import { definePageRule } from '../../src/rule.js';
import { megabytes, slow3gTime } from './data-cost.js';

/**
 * Bytes transferred to show the page. Budgets: warn at 1 MB (about 20 seconds on slow 3G) and
 * fail at 3 MB (about a minute), more than the median mobile page in the HTTP Archive (about
 * 2 MB), which is far heavier than a mostly-text GP page needs to be.
 */
export default definePageRule({
  meta: {
    id: 'page-weight',
    severity: 'moderate',
    title: 'The page is light enough for slow or costly data',
    failureTitle: 'The page uses a lot of data',
    description:
      'Many patients use pay-as-you-go data, old phones or slow connections. A heavy page costs them money and takes a long time to open, so some give up.',
    wcag: [],
    standards: ['nhs-service-standard:5', 'inclusion:devices-and-data'],
    requires: ['Http'],
    options: z.object({
      warnBytes: z.number().int().positive().default(1_000_000),
      failBytes: z.number().int().positive().default(3_000_000),
    }),
    messages: {
      heavy:
        'This page downloads {{size}}. On a slow mobile connection (3G at about 400 kilobits a second) that takes {{time}}, and it uses up pay-as-you-go data. Keep pages under {{budget}}: make images smaller and remove scripts you do not need.',
    },
  },
  check({ Http }, ctx) {
    const bytes = Http.totalBytes;
    if (bytes === 0) return 'inapplicable';
    if (bytes <= ctx.options.warnBytes) return;
    const fail = bytes > ctx.options.failBytes;
    ctx.report({
      messageId: 'heavy',
      data: { size: megabytes(bytes), time: slow3gTime(bytes), budget: megabytes(ctx.options.warnBytes), bytes },
      outcome: fail ? 'fail' : 'needs-review',
    });
  },
});
