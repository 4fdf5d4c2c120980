import { defineSiteRule } from '../../src/rule.js';
import { artifact, okPages, urlOf } from '../site-facts.js';
import { statementLinks } from './statement-page.js';

/** Every page links to the accessibility statement, usually in the footer. */
export default defineSiteRule({
  meta: {
    id: 'statement-linked',
    severity: 'serious',
    title: 'Every page links to the accessibility statement',
    failureTitle: 'Some pages do not link to the accessibility statement',
    description:
      'Disabled people look for the accessibility statement to find out what may not work for them and how to get help. The law expects it to be easy to find, so link to it from every page, usually in the footer.',
    wcag: [],
    standards: ['psbar:reg8-statement', 'dtac:D1.4.1', 'gp-website:legal-pages', 'nhs-service-standard:5', 'inclusion:accessibility'],
    requires: ['Links'],
    messages: {
      missingLink: 'This page has no link to the accessibility statement. Add a link called "Accessibility statement" to the footer of every page.',
    },
  },
  check(site, ctx) {
    const pages = okPages(site).filter((p) => artifact(p, 'Links') !== undefined);
    if (pages.length === 0) return 'inapplicable';
    for (const p of pages) {
      if (statementLinks(artifact(p, 'Links')!).length === 0) ctx.report({ messageId: 'missingLink', url: urlOf(p), selector: null });
    }
  },
});
