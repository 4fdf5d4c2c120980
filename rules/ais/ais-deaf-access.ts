import { defineSiteRule } from '../../src/rule.js';
import { homePage, isEnglishPage, isProviderSite, okPages, pageText, pagesOfKind, urlOf } from '../site-facts.js';
import { findTopic } from '../text-match.js';

/** Relay UK or textphone, and BSL, mentioned somewhere on the site. Advisory. */
export default defineSiteRule({
  meta: {
    id: 'ais-deaf-access',
    severity: 'moderate',
    advisory: true,
    title: 'The site tells deaf patients how to contact the practice',
    failureTitle: 'The site does not mention Relay UK or British Sign Language',
    description:
      'Deaf patients and people with a speech impairment can call through Relay UK (18001) or use a BSL interpreter or video relay. Saying so on the website tells them the practice can meet their needs.',
    wcag: [],
    standards: ['ais:meet', 'nhs-service-standard:5', 'nhs-service-standard:3', 'inclusion:accessibility'],
    requires: ['BodyText', 'Meta', 'Headings'],
    messages: {
      missingRelay: 'No page mentions Relay UK, 18001 or a textphone. Tell deaf patients and people with a speech impairment that they can call you through Relay UK: "Call 18001 then" your number.',
      missingBsl: 'No page mentions British Sign Language (BSL). Tell patients you can book a BSL interpreter, or offer a BSL video relay service.',
    },
  },
  check(site, ctx) {
    const home = homePage(site);
    if (!home || !isProviderSite(site) || !isEnglishPage(home)) return 'inapplicable';
    const text = okPages(site).filter(isEnglishPage).map(pageText).join('\n');
    const url = urlOf(pagesOfKind(site, 'contact')[0] ?? home);
    if (!findTopic(text, 'relay')) ctx.report({ messageId: 'missingRelay', url, selector: null });
    if (!findTopic(text, 'bsl')) ctx.report({ messageId: 'missingBsl', url, selector: null });
  },
});
