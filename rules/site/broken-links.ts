import { defineSiteRule } from '../../src/rule.js';
import { normaliseUrl } from '../../src/crawl/url.js';
import { pagesWith } from './site-pages.js';

/** A same-origin link whose target answers 4xx or 5xx, reported on the page that links to it. */
export default defineSiteRule({
  meta: {
    id: 'broken-links',
    severity: 'serious',
    title: 'Links go to pages that exist',
    failureTitle: 'Some links go to pages that do not exist',
    description:
      'A broken link is a dead end. People who find it hard to search, or who pay for every megabyte, may give up on the task. Keeping links working is part of reviewing content often.',
    wcag: [],
    standards: ['nhs-service-standard:8', 'nhs-service-standard:4', 'gp-website:content-review', 'inclusion:accessibility'],
    requires: ['Links'],
    messages: {
      brokenLink: 'The link "{{text}}" goes to {{target}}, which answers HTTP {{status}}. Fix the address or remove the link.',
      unreachableLink: 'The link "{{text}}" goes to {{target}}, which did not answer ({{error}}). Check the address works.',
    },
  },
  check(site, ctx) {
    const statuses = new Map(site.linkStatuses.map((s) => [s.url, s]));
    if (statuses.size === 0) return 'inapplicable';
    for (const { url, value: links } of pagesWith(site, 'Links')) {
      for (const link of links) {
        const target = normaliseUrl(link.href);
        const status = target ? statuses.get(target) : undefined;
        if (!status || status.checked === 'robots-disallowed' || status.checked === 'not-checked') continue;
        const data = { text: link.text || link.rawHref, target: link.href };
        if (status.status !== null && status.status >= 400) {
          ctx.report({ messageId: 'brokenLink', url, selector: link.selector, data: { ...data, status: status.status } });
        } else if (status.status === null && status.error) {
          ctx.report({ messageId: 'unreachableLink', url, selector: link.selector, data: { ...data, error: status.error } });
        }
      }
    }
  },
});
