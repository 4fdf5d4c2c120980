import { defineSiteRule } from '../../src/rule.js';
import { artifact, homePage, okPages, urlOf } from '../site-facts.js';
import { isLocalOrigin } from './local-origin.js';

/** Pages are served over HTTPS, and a plain-HTTP address redirects to HTTPS. */
export default defineSiteRule({
  meta: {
    id: 'trust-https',
    severity: 'critical',
    title: 'The site uses HTTPS',
    failureTitle: 'The site does not use HTTPS',
    description:
      'Without HTTPS, anyone on the same network can read or change what patients send and see, such as their name, date of birth or symptoms. Browsers also warn people that the site is "not secure", which breaks trust.',
    wcag: [],
    standards: ['nhs-service-standard:9', 'dtac:D1.9.1', 'inclusion:trust'],
    requires: ['Http'],
    messages: {
      notHttps: 'This page is served over plain HTTP. Serve the whole site over HTTPS and redirect every HTTP address to it.',
      noRedirect: 'The HTTP address {{from}} does not redirect to HTTPS. Redirect every HTTP address to its HTTPS version.',
    },
  },
  check(site, ctx) {
    const pages = okPages(site).filter((p) => !isLocalOrigin(urlOf(p)));
    if (pages.length === 0) return 'inapplicable';
    const home = homePage(site);
    // The start address given as http:// tells us whether HTTP redirects to HTTPS.
    if (home && site.startUrl.startsWith('http:') && !isLocalOrigin(site.startUrl) && urlOf(home).startsWith('http:')) {
      const chain = artifact(home, 'Http')?.redirectChain ?? [];
      if (!chain.some((r) => r.url.startsWith('https:'))) ctx.report({ messageId: 'noRedirect', url: urlOf(home), selector: null, data: { from: site.startUrl } });
    }
    for (const p of pages) if (urlOf(p).startsWith('http:')) ctx.report({ messageId: 'notHttps', url: urlOf(p), selector: null });
  },
});
