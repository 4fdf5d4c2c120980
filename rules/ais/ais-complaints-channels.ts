import { defineSiteRule } from '../../src/rule.js';
import type { Link } from '../../src/artifacts.js';
import { artifact, blockMatching, isEnglishPage, isProviderSite, mainText, okPages, pagesOfKind, urlOf } from '../site-facts.js';
import { hasPhrase, TOPICS } from '../text-match.js';

/** The ways to complain that a text and its links offer. */
function channels(text: string, links: readonly Link[]): string[] {
  const out = new Set<string>();
  if (links.some((l) => /^tel:/i.test(l.href)) || hasPhrase(text, ['call', 'phone', 'telephone'])) out.add('phone');
  if (links.some((l) => /^mailto:/i.test(l.href)) || hasPhrase(text, ['email', 'e-mail'])) out.add('email');
  if (hasPhrase(text, ['online form', 'contact form', 'complaints form', 'complaint form', 'feedback form', 'web form'])) out.add('online form');
  if (hasPhrase(text, ['letter', 'write to', 'in writing', 'by post'])) out.add('letter');
  if (hasPhrase(text, ['in person', 'at reception', 'talk to', 'speak to', 'member of staff'])) out.add('in person');
  return [...out];
}

function byComplaintsLikelihood(site: Parameters<typeof okPages>[0]) {
  const targets = new Set(
    okPages(site)
      .flatMap((p) => artifact(p, 'Links') ?? [])
      .filter((l) => /complain/i.test(l.text))
      .map((l) => l.href.split('#')[0]),
  );
  const contact = new Set(pagesOfKind(site, 'contact'));
  const rank = (p: ReturnType<typeof okPages>[number]) => (targets.has(urlOf(p).split('#')[0]!) ? 0 : contact.has(p) ? 1 : 2);
  return [...okPages(site)].sort((a, b) => rank(a) - rank(b));
}

/** A complaints route through more than one channel. */
export default defineSiteRule({
  meta: {
    id: 'ais-complaints-channels',
    severity: 'moderate',
    title: 'Patients can complain in more than one way',
    failureTitle: 'Patients can only complain in one way',
    description:
      'A complaints process is only accessible if people can use it. The Accessible Information Standard expects an accessible complaints process: offer more than one way, such as phone, email, an online form or a letter.',
    wcag: [],
    standards: ['ais:meet', 'gp-website:statutory-info', 'nhs-service-standard:3', 'nhs-service-standard:5', 'inclusion:accessibility'],
    requires: ['MainText', 'BodyText', 'Links', 'Meta', 'Headings'],
    messages: {
      noComplaintsInfo: 'No page explains how to complain. Add a complaints page and link to it from the footer. Offer more than one way to complain.',
      oneChannel: 'The only way to complain is by {{channel}}. Add at least one more way, such as email, an online form or a letter.',
    },
  },
  check(site, ctx) {
    if (!isProviderSite(site)) return 'inapplicable';
    const pages = pagesOfKind(site, 'complaints').filter(isEnglishPage);
    if (pages.length > 0) {
      const found = channels(pages.map(mainText).join('\n'), pages.flatMap((p) => (artifact(p, 'Links') ?? []).filter((l) => l.region === 'main')));
      if (found.length <= 1) ctx.report({ messageId: 'oneChannel', url: urlOf(pages[0]!), selector: null, data: { channel: found[0] ?? 'an unclear route' } });
      return;
    }
    // No complaints page: look for a complaints section, first where the site's "Complaints" links
    // point, then on contact pages, then anywhere (other pages may mention complaints in passing).
    for (const p of byComplaintsLikelihood(site).filter(isEnglishPage)) {
      const block = blockMatching(p, TOPICS.complaint);
      if (!block) continue;
      const all = mainText(p);
      const start = Math.max(0, all.indexOf(block.text));
      const text = all.slice(start, start + 600);
      const found = channels(text, []);
      if (found.length <= 1) ctx.report({ messageId: 'oneChannel', url: urlOf(p), selector: block.selector, data: { channel: found[0] ?? 'an unclear route' } });
      return;
    }
    ctx.report({ messageId: 'noComplaintsInfo', url: site.startUrl, selector: null });
  },
});
