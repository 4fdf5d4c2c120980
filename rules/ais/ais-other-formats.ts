import { defineSiteRule } from '../../src/rule.js';
import { homePage, isEnglishPage, isProviderSite, mainText, pagesOfKind, urlOf } from '../site-facts.js';
import { findTopic } from '../text-match.js';

/** The accessibility or contact page offers information in other formats, naming them. */
export default defineSiteRule({
  meta: {
    id: 'ais-other-formats',
    severity: 'moderate',
    title: 'The site offers information in other formats',
    failureTitle: 'The site does not offer information in other formats',
    description:
      'Some patients need letters and leaflets in large print, easy read, braille, audio or another language. The Accessible Information Standard asks services to offer them, and the contact or accessibility page is where people look.',
    wcag: [],
    standards: ['ais:meet', 'psbar:reg8-4b', 'nhs-service-standard:5', 'inclusion:accessibility'],
    requires: ['MainText', 'BodyText', 'Meta', 'Headings'],
    messages: {
      noOffer: 'Neither the contact page nor the accessibility statement offers information in other formats. Say that patients can ask for large print, easy read, braille, audio or another language, and how to ask.',
      formatsNotNamed: 'The site says people can ask for "{{quote}}" but does not name any formats. Say which formats you offer, such as large print, easy read, braille, audio or other languages.',
    },
  },
  check(site, ctx) {
    const home = homePage(site);
    if (!home || !isProviderSite(site)) return 'inapplicable';
    const pages = [...pagesOfKind(site, 'contact'), ...pagesOfKind(site, 'statement')].filter(isEnglishPage);
    if (pages.length === 0) return 'inapplicable';
    const text = pages.map(mainText).join('\n');
    if (findTopic(text, 'namedFormats')) return;
    const generic = findTopic(text, 'anyFormat');
    const url = urlOf(pages[0]!);
    if (generic) ctx.report({ messageId: 'formatsNotNamed', url, selector: null, outcome: 'needs-review', data: { quote: generic.text } });
    else ctx.report({ messageId: 'noOffer', url, selector: null });
  },
});
