import { defineSiteRule } from '../../src/rule.js';
import { artifact, okPages, urlOf } from '../site-facts.js';
import { trackingCookie } from './tracker-hosts.js';

/**
 * Analytics or advertising cookies present after load, before any consent interaction. The
 * crawler never clicks a banner, and its tabs share cookies, so each cookie is reported once,
 * on the shallowest page where it was first seen.
 */
export default defineSiteRule({
  meta: {
    id: 'trust-cookies-before-consent',
    severity: 'serious',
    title: 'No tracking cookies are set before the visitor agrees',
    failureTitle: 'Tracking cookies are set before the visitor agrees',
    description:
      'Cookies that are not needed to run the website, such as analytics cookies, need the visitor\'s agreement first (PECR). Setting them straight away breaks patients\' trust in how the practice treats their data.',
    wcag: [],
    standards: ['nhs-service-standard:9', 'inclusion:trust'],
    requires: ['Cookies'],
    messages: {
      cookieBeforeConsent: 'The {{vendor}} cookie "{{cookie}}" is set before the visitor has agreed to cookies. Only set it after the visitor says yes, or stop using it.',
    },
  },
  check(site, ctx) {
    const pages = okPages(site).filter((p) => artifact(p, 'Cookies') !== undefined).sort((a, b) => a.depth - b.depth || a.fetchedAt.localeCompare(b.fetchedAt));
    if (pages.length === 0) return 'inapplicable';
    const reported = new Set<string>();
    for (const p of pages) {
      for (const c of artifact(p, 'Cookies')!) {
        const vendor = trackingCookie(c.name);
        const key = `${c.domain} ${c.name}`;
        if (!vendor || reported.has(key)) continue;
        reported.add(key);
        ctx.report({ messageId: 'cookieBeforeConsent', url: urlOf(p), selector: null, data: { cookie: c.name, vendor: vendor.name } });
      }
    }
  },
});
