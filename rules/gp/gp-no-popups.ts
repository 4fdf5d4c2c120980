import { definePageRule } from '../../src/rule.js';
import { z } from 'zod';

/** No dialog or fixed layer covers much of the screen on load. Cookie banners are exempt. */
export default definePageRule({
  meta: {
    id: 'gp-no-popups',
    severity: 'serious',
    title: 'No pop-up covers the page when it loads',
    failureTitle: 'A pop-up covers the page when it loads',
    description:
      'In NHS England\'s testing, more than a quarter of patients who met a pop-up got stuck. Screen reader users may not know it is there. Put notices, such as flu clinic dates, in the page instead.',
    wcag: [],
    standards: ['gp-website:no-popups', 'nhs-service-standard:4', 'nhs-service-standard:5', 'inclusion:accessibility'],
    requires: ['Popups'],
    options: z.object({ minCoverage: z.number().min(0).max(1).default(0.3) }),
    messages: {
      popup: 'A pop-up covers {{percent}}% of the screen when the page loads ("{{text}}"). Remove it and put the message in the page content.',
    },
  },
  check({ Popups }, ctx) {
    for (const item of Popups.items) {
      if (item.cookieBanner || item.coverage < ctx.options.minCoverage) continue;
      ctx.report({ messageId: 'popup', selector: item.selector, html: item.html, data: { percent: Math.round(item.coverage * 100), text: item.text.slice(0, 80) } });
    }
  },
});
