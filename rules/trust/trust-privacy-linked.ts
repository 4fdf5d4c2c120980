import { defineSiteRule } from '../../src/rule.js';
import { artifact, linksMatching, okPages, urlOf } from '../site-facts.js';

const PRIVACY = ['privacy', 'privacy notice', 'privacy policy', 'fair processing', 'how we use your information', 'how we use your data', 'your data', 'data protection', 'gdpr'];

/** Every page links to the privacy notice. */
export default defineSiteRule({
  meta: {
    id: 'trust-privacy-linked',
    severity: 'serious',
    title: 'Every page links to the privacy notice',
    failureTitle: 'Some pages do not link to the privacy notice',
    description:
      'Patients share health details with the practice. They need to find out easily how their information is used and kept safe, and what their rights are. Link to the privacy notice from every page, usually in the footer.',
    wcag: [],
    standards: ['nhs-service-standard:9', 'gp-website:legal-pages', 'inclusion:trust'],
    requires: ['Links'],
    messages: {
      missingLink: 'This page has no link to the privacy notice. Add a link called "Privacy notice" to the footer of every page.',
    },
  },
  check(site, ctx) {
    const pages = okPages(site).filter((p) => artifact(p, 'Links') !== undefined);
    if (pages.length === 0) return 'inapplicable';
    for (const p of pages) {
      if (linksMatching(artifact(p, 'Links')!, PRIVACY, /privacy|gdpr|fair-processing/i).length === 0) ctx.report({ messageId: 'missingLink', url: urlOf(p), selector: null });
    }
  },
});
