import { defineSiteRule } from '../../src/rule.js';
import { artifact, homePage, urlOf } from '../site-facts.js';
import { isLocalOrigin } from './local-origin.js';

/** An HTTPS site sends Strict-Transport-Security with a max-age of at least a day. Judged on the home page. */
export default defineSiteRule({
  meta: {
    id: 'trust-hsts',
    severity: 'moderate',
    title: 'The site tells browsers to always use HTTPS',
    failureTitle: 'The site does not tell browsers to always use HTTPS',
    description:
      'The Strict-Transport-Security header makes browsers use HTTPS every time, so nobody can quietly switch a patient to an insecure connection.',
    wcag: [],
    standards: ['nhs-service-standard:9', 'inclusion:trust'],
    requires: ['Http'],
    messages: {
      missingHsts: 'The home page has no Strict-Transport-Security header. Send "Strict-Transport-Security: max-age=31536000" on every HTTPS response.',
      shortHsts: 'The Strict-Transport-Security header has max-age={{maxAge}}, which is too short to protect patients. Use max-age=31536000 (1 year).',
    },
  },
  check(site, ctx) {
    const home = homePage(site);
    const http = home && artifact(home, 'Http');
    if (!home || !http || !urlOf(home).startsWith('https:') || isLocalOrigin(urlOf(home))) return 'inapplicable';
    const header = Object.entries(http.headers).find(([k]) => k.toLowerCase() === 'strict-transport-security')?.[1];
    if (!header) return void ctx.report({ messageId: 'missingHsts', url: urlOf(home), selector: null });
    const maxAge = Number(/max-age\s*=\s*"?(\d+)/i.exec(header)?.[1] ?? 0);
    if (maxAge < 86_400) ctx.report({ messageId: 'shortHsts', url: urlOf(home), selector: null, data: { maxAge } });
  },
});
