import { defineSiteRule } from '../../src/rule.js';
import { pagesWith } from './site-pages.js';

/** Pages that share a title are hard to tell apart in tabs, history and search results. */
export default defineSiteRule({
  meta: {
    id: 'page-title-unique',
    severity: 'moderate',
    title: 'Each page has its own title',
    failureTitle: 'Some pages share the same title',
    description:
      'The page title is the first thing a screen reader says, and it names the browser tab. When pages share a title, people cannot tell which page they are on.',
    wcag: ['2.4.2'],
    standards: ['nhs-service-standard:4', 'nhs-service-standard:5', 'dtac:D1.4', 'inclusion:accessibility'],
    requires: ['Meta'],
    messages: {
      duplicateTitle: 'This page has the same title as {{count}} other page(s): "{{title}}". Give each page a title that says what that page is for.',
      emptyTitle: 'This page has no title. Add a <title> that says what the page is for.',
    },
  },
  check(site, ctx) {
    const pages = pagesWith(site, 'Meta');
    if (pages.length === 0) return 'inapplicable';
    const byTitle = new Map<string, string[]>();
    for (const { url, value } of pages) {
      const title = (value.title ?? '').replace(/\s+/g, ' ').trim();
      if (!title) {
        ctx.report({ messageId: 'emptyTitle', url });
        continue;
      }
      const key = title.toLowerCase();
      byTitle.set(key, [...(byTitle.get(key) ?? []), url]);
    }
    for (const [, urls] of byTitle) {
      if (urls.length < 2) continue;
      const title = pages.find((p) => p.url === urls[0])!.value.title!.trim();
      for (const url of urls) ctx.report({ messageId: 'duplicateTitle', url, data: { title, count: urls.length - 1 } });
    }
  },
});
