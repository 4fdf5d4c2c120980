import { definePageRule } from '../../src/rule.js';
import { isLocalOrigin } from './local-origin.js';

/** An HTTPS page that loads anything over plain HTTP. */
export default definePageRule({
  meta: {
    id: 'trust-mixed-content',
    severity: 'serious',
    title: 'The page loads everything over HTTPS',
    failureTitle: 'The page loads some files over plain HTTP',
    description:
      'A secure page that loads scripts, images or styles over plain HTTP is not fully secure. Browsers block some of these files, so parts of the page may break, and they show a warning.',
    wcag: [],
    standards: ['nhs-service-standard:9', 'inclusion:trust'],
    requires: ['Http'],
    messages: {
      mixedContent: 'This secure page loads {{resource}} over plain HTTP. Load it over HTTPS, or host it on this site.',
    },
  },
  check({ Http }, ctx) {
    if (!Http.finalUrl.startsWith('https:') || isLocalOrigin(Http.finalUrl)) return 'inapplicable';
    const seen = new Set<string>();
    for (const r of Http.resources) {
      if (!r.url.startsWith('http:') || isLocalOrigin(r.url) || seen.has(r.url)) continue;
      seen.add(r.url);
      ctx.report({ messageId: 'mixedContent', selector: null, data: { resource: r.url } });
    }
  },
});
