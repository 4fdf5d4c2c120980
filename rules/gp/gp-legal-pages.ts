import { defineSiteRule } from '../../src/rule.js';
import { artifact, isProviderSite, linksMatching, okPages, urlOf } from '../site-facts.js';
import type { Phrase } from '../text-match.js';

// The accessibility statement and privacy notice links have their own rules (statement-linked, trust-privacy-linked).
const PAGES: readonly { name: string; words: readonly Phrase[]; href: RegExp }[] = [
  { name: 'cookies', words: ['cookie', 'cookie policy', 'cookie settings'], href: /cookie/i },
  { name: 'complaints', words: ['complaint', 'complain', 'feedback and complaints', 'comments and complaints'], href: /complain/i },
];

/** Every page links to the cookies and complaints pages, usually in the footer. */
export default defineSiteRule({
  meta: {
    id: 'gp-legal-pages',
    severity: 'moderate',
    title: 'Every page links to the cookies and complaints information',
    failureTitle: 'Some pages do not link to the cookies or complaints information',
    description:
      'Patients expect the same legal links at the bottom of every page: the accessibility statement, privacy notice, cookies and complaints. NHS England\'s benchmarking tool checks for them.',
    wcag: [],
    standards: ['gp-website:legal-pages', 'gp-website:statutory-info', 'nhs-service-standard:9', 'inclusion:trust'],
    requires: ['Links', 'Meta', 'Headings'],
    messages: {
      missingLinks: 'This page has no link to the {{missing}} information. Add footer links to the cookies and complaints pages on every page.',
    },
  },
  check(site, ctx) {
    if (!isProviderSite(site)) return 'inapplicable';
    for (const p of okPages(site)) {
      const links = artifact(p, 'Links');
      if (!links) continue;
      const missing = PAGES.filter((x) => linksMatching(links, x.words, x.href).length === 0).map((x) => x.name);
      if (missing.length) ctx.report({ messageId: 'missingLinks', url: urlOf(p), selector: null, data: { missing: missing.join(' and ') } });
    }
  },
});
