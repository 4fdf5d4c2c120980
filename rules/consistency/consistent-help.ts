import type { Link } from '../../src/artifacts.js';
import { defineSiteRule } from '../../src/rule.js';
import { pagesWith } from '../site/site-pages.js';
import { movedItems, REPEATED_REGIONS } from './relative-order.js';

type Help = 'contact page' | 'phone number' | 'email address' | 'online chat' | 'help page';

/** The kind of help a link offers, or null. */
function helpKind(link: Link): Help | null {
  const href = link.href.toLowerCase();
  const text = link.text.toLowerCase();
  if (href.startsWith('tel:')) return 'phone number';
  if (href.startsWith('mailto:')) return 'email address';
  if (/\b(web ?chat|live chat|chat with us|chat to us)\b/.test(text)) return 'online chat';
  if (/\b(contact us|contact the practice|get in touch)\b/.test(text) || /\/contact(-us)?(\.html?)?\/?$/.test(href.split(/[?#]/)[0]!)) return 'contact page';
  if (/^(help|get help|help and support|faqs?|frequently asked questions)$/.test(text.trim())) return 'help page';
  return null;
}

/** Where the help sits: before the main content (header, menu) or after it (footer). */
const sideOf = (link: Link) => (link.region === 'footer' ? 'footer' : 'header');

/** Contact and help links in the repeated parts of the page stay in the same place and order. */
export default defineSiteRule({
  meta: {
    id: 'consistent-help',
    severity: 'moderate',
    title: 'Contact and help links are in the same place on every page',
    failureTitle: 'Contact and help links move between pages',
    description:
      'People who need help look for it where they found it last time. If the contact link, phone number or chat moves around, people with memory or learning difficulties may not find it.',
    wcag: ['3.2.6'],
    standards: ['nhs-service-standard:4', 'nhs-service-standard:5', 'inclusion:accessibility'],
    requires: ['Links'],
    messages: {
      moved: 'The {{help}} is in a different place on this page than on {{reference}}. Keep contact and help links in the same place and order on every page.',
    },
  },
  check(site, ctx) {
    const pages = pagesWith(site, 'Links').map(({ url, value }) => {
      const seen = new Map<Help, string>();
      for (const link of value) {
        const kind = link.visible && REPEATED_REGIONS.has(link.region) ? helpKind(link) : null;
        if (kind && !seen.has(kind)) seen.set(kind, `${kind} in the ${sideOf(link)}`);
      }
      return { url, help: seen };
    });
    const withHelp = pages.filter((p) => p.help.size > 0);
    if (withHelp.length < 2) return 'inapplicable';
    const reference = withHelp[0]!;
    const refOrder = [...reference.help.values()];
    for (const page of withHelp.slice(1)) {
      const moved = new Set<string>();
      for (const [kind, place] of page.help) {
        const refPlace = reference.help.get(kind);
        if (refPlace && refPlace !== place) moved.add(kind);
      }
      for (const item of movedItems(refOrder, [...page.help.values()])) moved.add(item.split(' in the ')[0]!);
      for (const help of moved) ctx.report({ messageId: 'moved', url: page.url, data: { help, reference: reference.url } });
    }
  },
});
