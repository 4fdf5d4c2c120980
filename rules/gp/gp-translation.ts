import { defineSiteRule } from '../../src/rule.js';
import { homePage, isEnglishPage, isProviderSite, okPages, pageText, urlOf } from '../site-facts.js';
import { findTopic } from '../text-match.js';

/** Help for people with limited English: interpreters, translation or other languages. Advisory. */
export default defineSiteRule({
  meta: {
    id: 'gp-translation',
    severity: 'minor',
    advisory: true,
    title: 'The site offers help to people whose first language is not English',
    failureTitle: 'The site does not offer help to people whose first language is not English',
    description:
      'People with limited English have a right to a free interpreter at their appointment, but many do not know it. Saying so on the website, in simple words, helps them use the practice.',
    wcag: [],
    standards: ['gp-website:translation', 'ais:meet', 'nhs-service-standard:5', 'inclusion:accessibility'],
    requires: ['BodyText', 'Meta', 'Headings'],
    messages: {
      noTranslationHelp: 'No page offers help to people whose first language is not English. Say that you can book a free interpreter, and how to ask for one.',
    },
  },
  check(site, ctx) {
    const home = homePage(site);
    if (!home || !isProviderSite(site) || !isEnglishPage(home)) return 'inapplicable';
    const text = okPages(site).map(pageText).join('\n');
    if (!findTopic(text, 'translation')) ctx.report({ messageId: 'noTranslationHelp', url: urlOf(home), selector: null });
  },
});
