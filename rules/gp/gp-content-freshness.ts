import { defineSiteRule } from '../../src/rule.js';
import { z } from 'zod';
import { artifact, okPages, pagesOfKind, urlOf } from '../site-facts.js';
import { monthsBetween, parseDates, sentencesWith } from '../text-match.js';

const REVIEWED = ['last reviewed', 'page reviewed', 'reviewed on', 'last updated', 'page updated', 'updated on', 'last checked'];

/** "Page last reviewed" dates older than 12 months. Advisory. */
export default defineSiteRule({
  meta: {
    id: 'gp-content-freshness',
    severity: 'minor',
    advisory: true,
    title: 'Pages that show a review date were reviewed in the last 12 months',
    failureTitle: 'Some pages have not been reviewed for more than 12 months',
    description:
      'Out-of-date opening times, services or advice send patients the wrong way. NHS England asks practices to review key pages every 6 months and all content at least yearly.',
    wcag: [],
    standards: ['gp-website:content-review', 'gp-website:online-presence', 'nhs-service-standard:8', 'inclusion:trust'],
    requires: ['MainText', 'BodyText'],
    options: z.object({ maxMonths: z.number().int().positive().default(12) }),
    messages: {
      staleReview: 'This page says "{{quote}}", more than {{months}} months ago. Check the page is still right and update the review date.',
    },
  },
  check(site, ctx) {
    let sawDate = false;
    // The statement's own review date belongs to statement-review-date.
    const statements = new Set(pagesOfKind(site, 'statement'));
    for (const p of okPages(site).filter((x) => !statements.has(x))) {
      const blocks = artifact(p, 'MainText')?.blocks ?? [];
      for (const b of blocks) {
        const sentence = sentencesWith(b.text, REVIEWED).find((s) => parseDates(s).length > 0);
        if (!sentence) continue;
        sawDate = true;
        const latest = Math.max(...parseDates(sentence).map((d) => d.getTime()));
        if (monthsBetween(new Date(latest), ctx.auditDate) >= ctx.options.maxMonths) {
          ctx.report({ messageId: 'staleReview', url: urlOf(p), selector: b.selector, data: { quote: sentence.slice(0, 120), months: ctx.options.maxMonths } });
        }
        break;
      }
    }
    if (!sawDate) return 'inapplicable';
  },
});
