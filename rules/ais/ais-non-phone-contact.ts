import { defineSiteRule } from '../../src/rule.js';
import { artifact, isEnglishPage, isProviderSite, linksMatching, pageText, pagesOfKind, urlOf } from '../site-facts.js';
import { hasPhrase, TOPICS } from '../text-match.js';
import type { PageSnapshot } from '../../src/artifacts.js';

const FORM_LINKS = [...TOPICS.onlineRequest, 'contact form', 'send us a message', 'message us', 'email us', 'text us'];

/** The routes other than the phone that a contact page offers. */
export function writtenRoutes(p: PageSnapshot): string[] {
  const links = artifact(p, 'Links') ?? [];
  const routes: string[] = [];
  if (links.some((l) => /^mailto:/i.test(l.href)) || /[\w.+-]+@[\w-]+\.[a-z.]{2,}/i.test(pageText(p))) routes.push('email');
  if (links.some((l) => /^sms:/i.test(l.href)) || hasPhrase(pageText(p), ['text us', 'send us a text', 'sms'])) routes.push('text message');
  const fields = (artifact(p, 'Forms') ?? []).filter((f) => f.visible && f.type !== 'search' && f.type !== 'hidden');
  if (fields.some((f) => f.tag === 'textarea' || f.type === 'email') || linksMatching(links, FORM_LINKS).some((l) => !/^(tel|mailto|sms):/i.test(l.href))) routes.push('online form');
  return routes;
}

export default defineSiteRule({
  meta: {
    id: 'ais-non-phone-contact',
    severity: 'serious',
    title: 'The contact page offers a way to get in touch without the phone',
    failureTitle: 'The contact page only offers the phone',
    description:
      'Deaf people, people with a speech impairment and people with anxiety may not be able to use the phone. The Accessible Information Standard says people should be able to contact services in accessible ways, such as email or text message.',
    wcag: [],
    standards: ['ais:meet', 'gp-website:contact-details', 'nhs-service-standard:3', 'nhs-service-standard:5', 'inclusion:accessibility'],
    requires: ['Links', 'Forms', 'BodyText', 'Meta', 'Headings'],
    messages: {
      phoneOnly: 'The contact page only gives a phone number and an address. Add at least one other way to contact you: an email address, an online form or a number people can text.',
    },
  },
  check(site, ctx) {
    if (!isProviderSite(site)) return 'inapplicable';
    const contact = pagesOfKind(site, 'contact').filter(isEnglishPage);
    if (contact.length === 0) return 'inapplicable';
    if (contact.some((p) => writtenRoutes(p).length > 0)) return;
    ctx.report({ messageId: 'phoneOnly', url: urlOf(contact[0]!), selector: null });
  },
});
