import { defineSiteRule } from '../../src/rule.js';

const PDF = /\.pdf$/i;

/** Lists the PDFs the site links to, so someone checks each has an accessible HTML version. */
export default defineSiteRule({
  meta: {
    id: 'document-links-inventory',
    severity: 'moderate',
    title: 'Documents linked from the site are listed for review',
    failureTitle: 'The site links to PDF documents that need checking',
    description:
      'PDFs are hard to use on phones, with screen readers and with magnifiers. The NHS service manual says to publish content as HTML. Each PDF needs checking by hand: is it accessible, and is the same information on a web page?',
    wcag: [],
    standards: ['nhs-service-standard:5', 'nhs-service-standard:17', 'gp-website:html-not-pdf', 'psbar:reg4', 'inclusion:accessibility'],
    requires: ['Links'],
    messages: {
      pdfLinked: 'This page links to a PDF ({{target}}, {{size}}). Check the PDF is accessible, and publish the same information as a web page if you can.',
    },
  },
  check(site, ctx) {
    const pdfs = site.documents.filter((d) => PDF.test(new URL(d.url).pathname) || /application\/pdf/i.test(d.contentType ?? ''));
    if (pdfs.length === 0) return 'inapplicable';
    for (const doc of pdfs) {
      const size = doc.bytes === null ? 'size unknown' : doc.bytes < 1024 * 1024 ? `${Math.max(1, Math.round(doc.bytes / 1024))} KB` : `${(doc.bytes / 1024 / 1024).toFixed(1)} MB`;
      for (const from of doc.linkedFrom) {
        ctx.report({ messageId: 'pdfLinked', outcome: 'needs-review', url: from.page, selector: from.selector, data: { target: doc.url, size } });
      }
    }
  },
});
