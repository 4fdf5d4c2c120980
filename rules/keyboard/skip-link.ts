import { definePageRule } from '../../src/rule.js';

/** Fewer header and menu stops than this before the content, and a skip link is not needed. */
const REPEATED_STOPS = 3;

/** Pages with repeated navigation start with a skip link that moves focus to the main content. */
export default definePageRule({
  meta: {
    id: 'skip-link',
    severity: 'moderate',
    title: 'The page has a working skip link',
    failureTitle: 'The page has no working skip link',
    description:
      'A skip link lets people who use a keyboard jump past the header and menu to the main content. Without it, they must press Tab through the same links on every page.',
    wcag: ['2.4.1'],
    act: ['cf77f2', 'ye5d6e'],
    standards: ['nhs-service-standard:5', 'nhs-service-standard:4', 'inclusion:accessibility'],
    requires: ['Keyboard'],
    messages: {
      missing: 'The page has no skip link, so keyboard users must tab through {{count}} header and menu links first. Add a "Skip to main content" link as the first thing on the page.',
      missingWithLandmarks: 'The page has no skip link. Its main landmark helps screen reader users, but not sighted keyboard users, who must tab through {{count}} header and menu links. Add a "Skip to main content" link as the first thing on the page.',
      noTarget: 'The skip link "{{text}}" goes to {{href}}, but nothing on the page has that id. Point it at the main content, for example <main id="maincontent">.',
      focusNotMoved: 'The skip link "{{text}}" does not move keyboard focus to {{href}}. Make sure pressing Enter on it and then Tab continues from the main content.',
    },
  },
  check({ Keyboard }, ctx) {
    const { stops, skipLink } = Keyboard;
    if (skipLink) {
      const data = { text: skipLink.text, href: skipLink.href };
      if (!skipLink.targetExists) ctx.report({ messageId: 'noTarget', selector: skipLink.selector, data });
      else if (!skipLink.focusMoved) ctx.report({ messageId: 'focusNotMoved', selector: skipLink.selector, data });
      return;
    }
    const firstMain = stops.findIndex((s) => s.region === 'main');
    const before = (firstMain < 0 ? stops : stops.slice(0, firstMain)).filter((s) => s.region === 'header' || s.region === 'nav');
    if (before.length < REPEATED_STOPS) return 'inapplicable';
    if (Keyboard.hasMain) ctx.report({ messageId: 'missingWithLandmarks', data: { count: before.length }, outcome: 'needs-review' });
    else ctx.report({ messageId: 'missing', data: { count: before.length } });
  },
});
