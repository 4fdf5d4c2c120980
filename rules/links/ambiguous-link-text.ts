import { definePageRule } from '../../src/rule.js';
import { normaliseUrl } from '../../src/crawl/url.js';

const textKey = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/** Links with the same text go to the same place. */
export default definePageRule({
  meta: {
    id: 'ambiguous-link-text',
    severity: 'moderate',
    title: 'Links with the same text go to the same place',
    failureTitle: 'Links with the same text go to different places',
    description:
      'Screen reader users often list all the links on a page. If several say "Read more" or "Click here" but go to different places, they cannot tell them apart.',
    wcag: ['2.4.4'],
    act: ['b20e66', 'fd3a94'],
    standards: ['nhs-service-standard:5', 'nhs-service-standard:4', 'inclusion:accessibility'],
    requires: ['Links'],
    messages: {
      ambiguous: 'The link text "{{text}}" is used for {{count}} links that go to different places. Make each link say where it goes, for example "Read more about flu vaccines".',
    },
  },
  check({ Links }, ctx) {
    const groups = new Map<string, typeof Links>();
    for (const link of Links) {
      const key = textKey(link.text);
      if (!link.visible || !key) continue;
      groups.set(key, [...(groups.get(key) ?? []), link]);
    }
    let judged = 0;
    for (const links of groups.values()) {
      if (links.length < 2) continue;
      judged++;
      const places = new Set(links.map((l) => normaliseUrl(l.href) ?? l.href));
      if (places.size < 2) continue;
      for (const link of links) ctx.report({ messageId: 'ambiguous', selector: link.selector, data: { text: link.text, count: links.length } });
    }
    if (judged === 0) return 'inapplicable';
  },
});
