import { defineSiteRule } from '../../src/rule.js';
import { blockMatching, homePage, isEnglishPage, isProviderSite, mainText, okPages, pagesOfKind, urlOf } from '../site-facts.js';
import { findTopic } from '../text-match.js';

const REGISTER_HEADING = [/^(how to )?(register|registering|registration|join)\b/, 'register with us', 'register as a patient', 'new patient'];

/** Registration is explained, including that no proof of address or ID is needed. */
export default defineSiteRule({
  meta: {
    id: 'gp-registration',
    severity: 'moderate',
    title: 'The site explains how to register, and that no proof of address or ID is needed',
    failureTitle: 'The site does not explain registration fully',
    description:
      'Anyone can register with a GP, including people who are homeless, asylum seekers and travellers. Many people wrongly think they need proof of address or ID, and are put off. NHS England asks practices to say clearly that they do not.',
    wcag: [],
    standards: ['gp-website:registration', 'gp-website:top-tasks', 'nhs-service-standard:2', 'inclusion:skills'],
    requires: ['MainText', 'Meta', 'Headings'],
    messages: {
      noRegisterInfo: 'No page explains how to register with the practice. Add a "Register with us" page, with your catchment area and how to register.',
      missingNoProof: 'The registration information does not say that patients do not need proof of address or ID to register. Add it: "You do not need proof of address or ID to register."',
    },
  },
  check(site, ctx) {
    const home = homePage(site);
    if (!home || !isProviderSite(site)) return 'inapplicable';
    const pages = [...pagesOfKind(site, 'register'), ...okPages(site).filter((p) => blockMatching(p, REGISTER_HEADING))].filter(isEnglishPage);
    if (pages.length === 0) return void ctx.report({ messageId: 'noRegisterInfo', url: urlOf(home), selector: null });
    if (!pages.some((p) => findTopic(mainText(p), 'noProofNeeded'))) {
      ctx.report({ messageId: 'missingNoProof', url: urlOf(pages[0]!), selector: null, outcome: 'needs-review' });
    }
  },
});
