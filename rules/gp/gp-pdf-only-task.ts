import { defineSiteRule } from '../../src/rule.js';
import { artifact, isEnglishPage, isProviderSite, linksMatching, okPages, urlOf } from '../site-facts.js';
import { hasPhrase } from '../text-match.js';

const TASK_WORDS = ['form', 'apply', 'application', 'register', 'registration', 'request', 'order', 'consent', 'book', 'proxy access'];
const isPdf = (href: string, pdfs: Set<string>) => /\.pdf($|[?#])/i.test(href) || pdfs.has(href.split('#')[0]!);

/** A task (a form to fill in, a request to make) whose only route on the page is a PDF. */
export default defineSiteRule({
  meta: {
    id: 'gp-pdf-only-task',
    severity: 'moderate',
    title: 'Tasks can be done on web pages, not only with PDFs',
    failureTitle: 'A task can only be done with a PDF',
    description:
      'PDF forms are hard to fill in on a phone and with a screen reader, and many people cannot print them. NHS guidance says to publish content and forms as web pages.',
    wcag: [],
    standards: ['gp-website:html-not-pdf', 'nhs-service-standard:5', 'nhs-service-standard:4', 'inclusion:devices-and-data'],
    requires: ['Links', 'Forms', 'Meta'],
    messages: {
      pdfOnly: 'The only way to use "{{text}}" on this page is a PDF. Make it a web page or an online form, and keep the PDF only as an extra.',
    },
  },
  check(site, ctx) {
    if (!isProviderSite(site)) return 'inapplicable';
    const pdfs = new Set(site.documents.filter((d) => /pdf/i.test(d.contentType ?? '')).map((d) => d.url));
    for (const p of okPages(site).filter(isEnglishPage)) {
      const links = (artifact(p, 'Links') ?? []).filter((l) => l.region !== 'footer' && l.region !== 'nav' && l.region !== 'header');
      const pdfTasks = linksMatching(links.filter((l) => isPdf(l.href, pdfs)), TASK_WORDS);
      if (pdfTasks.length === 0) continue;
      const htmlForm = (artifact(p, 'Forms') ?? []).some((f) => f.visible && f.type !== 'search' && f.type !== 'hidden');
      const htmlRoute = links.some((l) => !isPdf(l.href, pdfs) && /^https?:/i.test(l.href) && hasPhrase(l.text, ['form', 'apply online', 'request online', 'online request', 'register online']));
      if (htmlForm || htmlRoute) continue;
      for (const link of pdfTasks) ctx.report({ messageId: 'pdfOnly', url: urlOf(p), selector: link.selector, data: { text: link.text } });
    }
  },
});
