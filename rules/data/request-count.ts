import { z } from 'zod';
import { definePageRule } from '../../src/rule.js';
import { isThirdParty } from './data-cost.js';

/** Advisory: many requests slow pages on mobile networks; other sites' files add cost and tracking. */
export default definePageRule({
  meta: {
    id: 'request-count',
    severity: 'minor',
    advisory: true,
    title: 'The page loads a modest number of files',
    failureTitle: 'The page loads many files or files from many other sites',
    description:
      'Every file a page loads adds waiting time on a slow mobile connection. Files from other websites also add data costs, and can track patients.',
    wcag: [],
    standards: ['nhs-service-standard:5', 'inclusion:devices-and-data', 'inclusion:trust'],
    requires: ['Http'],
    options: z.object({
      maxRequests: z.number().int().positive().default(50),
      maxThirdPartyHosts: z.number().int().nonnegative().default(5),
    }),
    messages: {
      manyRequests: 'This page loads {{count}} files. On a slow mobile connection each one adds waiting time. Combine or remove files so the page loads fewer than {{max}}.',
      manyHosts:
        'This page loads files from {{count}} other websites: {{hosts}}. Each one adds data, waiting time and a chance to track patients. Remove the ones you do not need.',
    },
  },
  check({ Http }, ctx) {
    if (Http.resources.length === 0) return 'inapplicable';
    const pageUrl = Http.finalUrl || ctx.url;
    if (Http.resources.length > ctx.options.maxRequests) {
      ctx.report({ messageId: 'manyRequests', data: { count: Http.resources.length, max: ctx.options.maxRequests } });
    }
    const hosts = [...new Set(Http.resources.filter((r) => isThirdParty(r.url, pageUrl)).map((r) => new URL(r.url).host))].sort();
    if (hosts.length > ctx.options.maxThirdPartyHosts) {
      const shown = hosts.slice(0, 5).join(', ') + (hosts.length > 5 ? ` and ${hosts.length - 5} more` : '');
      ctx.report({ messageId: 'manyHosts', data: { count: hosts.length, hosts: shown } });
    }
  },
});
