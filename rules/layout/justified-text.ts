import { definePageRule } from '../../src/rule.js';

/** Advisory (WCAG 1.4.8, AAA): justified text leaves uneven gaps between words. */
export default definePageRule({
  meta: {
    id: 'justified-text',
    severity: 'minor',
    advisory: true,
    title: 'Text is not justified',
    failureTitle: 'Some text is justified',
    description:
      'Justified text has uneven gaps between words. The gaps can line up into "rivers" down the page, which make reading harder, especially for people with dyslexia.',
    wcag: ['1.4.8'],
    standards: ['nhs-service-standard:4', 'nhs-service-standard:5', 'inclusion:accessibility'],
    requires: ['Layout'],
    messages: {
      justified: '{{count}} block(s) of text on this page are justified, so the gaps between words are uneven. Align text to the left instead (text-align: left).',
    },
  },
  check({ Layout }, ctx) {
    const [first] = Layout.justified;
    if (!first) return;
    ctx.report({ messageId: 'justified', selector: first.selector, html: first.html, data: { count: Layout.justified.length } });
  },
});
