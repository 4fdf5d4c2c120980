import { defineSiteRule } from '../../src/rule.js';
import { z } from 'zod';
import { urlOf } from '../site-facts.js';
import { monthsBetween, parseDates, sentencesWith } from '../text-match.js';
import { findStatement } from './statement-page.js';

const DATE_WORDS = ['prepared', 'reviewed', 'review', 'updated', 'tested', 'last checked', 'published'];

export default defineSiteRule({
  meta: {
    id: 'statement-review-date',
    severity: 'moderate',
    title: 'The accessibility statement was reviewed in the last 12 months',
    failureTitle: 'The accessibility statement has not been reviewed in the last 12 months',
    description:
      'An old statement may not match the website people use today. The law says the statement must be kept under regular review, and the model statement gives the date it was prepared and last reviewed.',
    wcag: [],
    standards: ['psbar:reg8-review', 'gp-website:content-review', 'nhs-service-standard:8', 'nhs-service-standard:5', 'inclusion:accessibility'],
    requires: ['MainText', 'Meta', 'Headings'],
    options: z.object({ maxMonths: z.number().int().positive().default(12) }),
    messages: {
      missingDate: 'The accessibility statement does not say when it was prepared or last reviewed. Add a "Preparation of this accessibility statement" section with the dates.',
      staleDate: 'The accessibility statement was last reviewed on {{date}}, more than {{months}} months ago. Test the website again and update the statement.',
    },
  },
  check(site, ctx) {
    const statement = findStatement(site);
    if (!statement) return 'inapplicable';
    const url = urlOf(statement.page);
    const dates = sentencesWith(statement.text, DATE_WORDS).flatMap(parseDates).filter((d) => d.getTime() <= ctx.auditDate.getTime() + 86_400_000);
    if (dates.length === 0) return void ctx.report({ messageId: 'missingDate', url, selector: null });
    const latest = new Date(Math.max(...dates.map((d) => d.getTime())));
    if (monthsBetween(latest, ctx.auditDate) >= ctx.options.maxMonths) {
      ctx.report({ messageId: 'staleDate', url, selector: null, data: { date: latest.toISOString().slice(0, 10), months: ctx.options.maxMonths } });
    }
  },
});
