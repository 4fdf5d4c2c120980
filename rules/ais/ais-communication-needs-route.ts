import { defineSiteRule } from '../../src/rule.js';
import { artifact, homePage, isEnglishPage, isProviderSite, linksMatching, mainText, okPages, urlOf } from '../site-facts.js';
import { findTopic, TOPICS } from '../text-match.js';

/** A page or form about communication needs within 2 clicks of the home page. */
export default defineSiteRule({
  meta: {
    id: 'ais-communication-needs-route',
    severity: 'serious',
    title: 'Patients can tell the practice about their communication needs',
    failureTitle: 'There is no clear way to tell the practice about communication needs',
    description:
      'The Accessible Information Standard asks services to find out if people need information in another format or help to communicate, such as a BSL interpreter. A page or form that invites people to say so, close to the home page, is the website\'s part of that.',
    wcag: [],
    standards: ['ais:identify', 'nhs-service-standard:16', 'nhs-service-standard:5', 'inclusion:accessibility'],
    requires: ['Links', 'MainText', 'BodyText', 'Meta', 'Headings'],
    messages: {
      noRoute: 'No page within 2 clicks of the home page tells patients how to let you know about their communication needs. Add a page or form section called "Tell us about your communication needs" and link to it from the home page or footer.',
    },
  },
  check(site, ctx) {
    const home = homePage(site);
    if (!home || !isProviderSite(site) || !isEnglishPage(home)) return 'inapplicable';
    const near = okPages(site).filter((p) => p.depth <= 2 && isEnglishPage(p));
    if (near.some((p) => findTopic(mainText(p), 'communicationNeeds'))) return;
    const linked = near.some((p) => p.depth <= 1 && linksMatching(artifact(p, 'Links') ?? [], TOPICS.communicationNeeds).length > 0);
    if (!linked) ctx.report({ messageId: 'noRoute', url: urlOf(home), selector: null });
  },
});
