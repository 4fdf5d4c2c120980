import { defineSiteRule } from '../../src/rule.js';
import { homePage, isEnglishPage, isProviderSite, pageText, pagesOfKind, urlOf } from '../site-facts.js';
import { findTopic, type Topic } from '../text-match.js';

const NEEDED: readonly { topic: Topic; words: string }[] = [
  { topic: 'emergency999', words: '999 for emergencies' },
  { topic: 'nhs111', words: 'NHS 111 (111 online or call 111)' },
  { topic: 'outOfHours', words: 'what to do when the practice is closed (out of hours)' },
];

/** The home and contact pages signpost urgent care: 999, 111 and out of hours. */
export default defineSiteRule({
  meta: {
    id: 'gp-urgent-care',
    severity: 'critical',
    title: 'The home and contact pages say where to get urgent help',
    failureTitle: 'The home or contact page does not say where to get urgent help',
    description:
      'Someone who is seriously ill may land on the practice website first. They need to see straight away when to call 999, when to use NHS 111, and what to do when the practice is closed.',
    wcag: [],
    standards: ['gp-website:urgent-care', 'gp-website:statutory-info', 'nhs-service-standard:16', 'nhs-service-standard:2', 'inclusion:accessibility'],
    requires: ['BodyText', 'Meta', 'Headings'],
    messages: {
      missingUrgentCare: 'This page does not mention {{missing}}. Near the top, tell people to call 999 in an emergency, to use NHS 111 online or call 111 if they need help now, and what to do when you are closed.',
    },
  },
  check(site, ctx) {
    const home = homePage(site);
    if (!home || !isProviderSite(site)) return 'inapplicable';
    const pages = [home, ...pagesOfKind(site, 'contact').filter((p) => p !== home)].filter(isEnglishPage);
    if (pages.length === 0) return 'inapplicable';
    for (const p of pages) {
      const text = pageText(p);
      const missing = NEEDED.filter((n) => !findTopic(text, n.topic)).map((n) => n.words);
      if (missing.length) ctx.report({ messageId: 'missingUrgentCare', url: urlOf(p), selector: null, data: { missing: missing.join(', ') } });
    }
  },
});
