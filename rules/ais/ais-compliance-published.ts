import { defineSiteRule } from '../../src/rule.js';
import { homePage, isEnglishPage, isProviderSite, okPages, pageText, urlOf } from '../site-facts.js';
import { findTopic } from '../text-match.js';

/** Published AIS compliance or self-assessment. Advisory until the March 2027 deadline. */
export default defineSiteRule({
  meta: {
    id: 'ais-compliance-published',
    severity: 'minor',
    advisory: true,
    title: 'The site says how the practice meets the Accessible Information Standard',
    failureTitle: 'The site does not say how the practice meets the Accessible Information Standard',
    description:
      'The 2025 Accessible Information Standard asks services to review how well they meet it and publish the result, by March 2027. Publishing it tells patients what support they can expect.',
    wcag: [],
    standards: ['ais:review', 'nhs-service-standard:8', 'nhs-service-standard:5', 'inclusion:trust'],
    requires: ['BodyText', 'Meta', 'Headings'],
    messages: {
      notPublished: 'No page says how the practice meets the Accessible Information Standard. Publish your yearly self-assessment, or a short statement of how you meet it, before March 2027.',
    },
  },
  check(site, ctx) {
    const home = homePage(site);
    if (!home || !isProviderSite(site) || !isEnglishPage(home)) return 'inapplicable';
    const text = okPages(site).filter(isEnglishPage).map(pageText).join('\n');
    if (!findTopic(text, 'aisCompliance')) ctx.report({ messageId: 'notPublished', url: urlOf(home), selector: null });
  },
});
