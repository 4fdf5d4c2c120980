import { definePageRule } from '../../src/rule.js';

/** Words that warn people a link opens a new tab or window. */
const WARNING = /\bnew (browser )?(tab|window)\b/i;

/** A link that opens a new tab or window says so in its text or label. */
export default definePageRule({
  meta: {
    id: 'new-window-unannounced',
    severity: 'minor',
    title: 'Links say when they open a new tab',
    failureTitle: 'Some links open a new tab without saying so',
    description:
      'A link that opens a new tab breaks the Back button. People using screen readers or magnifiers may not notice the new tab and think they are stuck.',
    wcag: ['3.2.5'],
    standards: ['nhs-service-standard:4', 'nhs-service-standard:5', 'inclusion:accessibility'],
    requires: ['Links'],
    messages: {
      unannounced: 'The link "{{text}}" opens in a new tab but does not say so. Open it in the same tab, or add "(opens in new tab)" to the link text.',
    },
  },
  check({ Links }, ctx) {
    const blank = Links.filter((l) => l.visible && !l.download && l.target.toLowerCase() === '_blank');
    if (blank.length === 0) return 'inapplicable';
    for (const link of blank) {
      if (!WARNING.test(link.text)) ctx.report({ messageId: 'unannounced', selector: link.selector, data: { text: link.text || link.href } });
    }
  },
});
