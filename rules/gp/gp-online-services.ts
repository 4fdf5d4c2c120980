import { defineSiteRule } from '../../src/rule.js';
import { homePage, isEnglishPage, isProviderSite, okPages, pageText, urlOf } from '../site-facts.js';
import { findTopic } from '../text-match.js';

/** The site explains the NHS App and the practice's online request route. */
export default defineSiteRule({
  meta: {
    id: 'gp-online-services',
    severity: 'moderate',
    title: 'The site explains the NHS App and how to ask for help online',
    failureTitle: 'The site does not explain the online services',
    description:
      'Patients are often unsure what they can do in the NHS App and what they need the practice\'s own online form for. Explaining both, in plain words, helps them choose the right route and saves phone calls.',
    wcag: [],
    standards: ['gp-website:online-services', 'nhs-service-standard:2', 'nhs-service-standard:3', 'inclusion:skills'],
    requires: ['BodyText', 'Meta', 'Headings'],
    messages: {
      missingNhsApp: 'No page mentions the NHS App. Explain what patients can do in it, such as order repeat prescriptions and see test results, and link to it.',
      missingOnlineRequest: 'No page explains how to contact the practice online, for example with an online request form. Explain how to send a request online, when it is open and when you will reply.',
    },
  },
  check(site, ctx) {
    const home = homePage(site);
    if (!home || !isProviderSite(site) || !isEnglishPage(home)) return 'inapplicable';
    const text = okPages(site).filter(isEnglishPage).map(pageText).join('\n');
    if (!findTopic(text, 'nhsApp')) ctx.report({ messageId: 'missingNhsApp', url: urlOf(home), selector: null });
    if (!findTopic(text, 'onlineRequest')) ctx.report({ messageId: 'missingOnlineRequest', url: urlOf(home), selector: null });
  },
});
