import { defineSiteRule } from '../../src/rule.js';
import { normaliseUrl } from '../../src/crawl/url.js';
import { artifact, okPages, urlOf } from '../site-facts.js';
import { findStatement, statementLinks } from './statement-page.js';

/** The statement is a web page, not only a PDF. */
export default defineSiteRule({
  meta: {
    id: 'statement-html',
    severity: 'serious',
    title: 'The accessibility statement is a web page',
    failureTitle: 'The accessibility statement is only a PDF',
    description:
      'A PDF is harder to read on a phone, with a screen reader or with large text. The regulations ask for the statement in an accessible format, and the model statement is a web page.',
    wcag: [],
    standards: ['psbar:reg8-statement', 'gp-website:html-not-pdf', 'dtac:D1.4.1', 'nhs-service-standard:5', 'inclusion:accessibility'],
    requires: ['Links', 'MainText', 'Meta', 'Headings'],
    messages: {
      pdfOnly: 'The link "{{text}}" goes to a PDF ({{target}}), and there is no web page version. Publish the accessibility statement as a web page and link to that.',
    },
  },
  check(site, ctx) {
    if (findStatement(site)) return;
    const pdfs = new Set(site.documents.filter((d) => /pdf/i.test(d.contentType ?? '') || /\.pdf$/i.test(new URL(d.url).pathname)).map((d) => d.url));
    for (const p of okPages(site)) {
      for (const link of statementLinks(artifact(p, 'Links') ?? [])) {
        const target = normaliseUrl(link.href) ?? link.href;
        if (pdfs.has(target) || /\.pdf($|[?#])/i.test(link.href)) {
          ctx.report({ messageId: 'pdfOnly', url: urlOf(p), selector: link.selector, data: { text: link.text, target: link.href } });
          return;
        }
      }
    }
    // No link, or a statement on another website that was not crawled: nothing to judge.
    return 'inapplicable';
  },
});
