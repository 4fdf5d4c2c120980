import { defineSiteRule } from '../../src/rule.js';
import { pagesWith } from '../site/site-pages.js';
import { linkKey, movedItems, REPEATED_REGIONS, unique } from './relative-order.js';

/** Repeated menus need at least this many shared links to compare. */
const MIN_SHARED = 2;

/** The header, menu and footer links come in the same order on every page. */
export default defineSiteRule({
  meta: {
    id: 'consistent-navigation',
    severity: 'moderate',
    title: 'Menus are in the same order on every page',
    failureTitle: 'Menus change order between pages',
    description:
      'People learn where things are in a menu. If the links move around from page to page, people with memory or learning difficulties, and people using screen magnifiers, have to find them again.',
    wcag: ['3.2.3'],
    standards: ['nhs-service-standard:4', 'nhs-service-standard:5', 'inclusion:accessibility'],
    requires: ['Links'],
    messages: {
      reordered: 'The menu links {{moved}} are in a different order on this page than on {{reference}}. Keep repeated menus in the same order on every page.',
    },
  },
  check(site, ctx) {
    const pages = pagesWith(site, 'Links').map(({ url, value }) => {
      const links = value.filter((l) => l.visible && REPEATED_REGIONS.has(l.region));
      const text = new Map(links.map((l) => [linkKey(l), l.text]));
      return { url, keys: unique(links.map(linkKey)), text };
    });
    const withMenus = pages.filter((p) => p.keys.length >= MIN_SHARED);
    if (withMenus.length < 2) return 'inapplicable';
    const reference = withMenus[0]!;
    for (const page of withMenus.slice(1)) {
      const shared = page.keys.filter((k) => reference.keys.includes(k));
      if (shared.length < MIN_SHARED) continue;
      const moved = movedItems(reference.keys, page.keys);
      if (moved.length === 0) continue;
      ctx.report({ messageId: 'reordered', url: page.url, data: { moved: moved.map((k) => `"${page.text.get(k)}"`).join(', '), reference: reference.url } });
    }
  },
});
