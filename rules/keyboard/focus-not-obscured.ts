import { definePageRule } from '../../src/rule.js';

/** A focused element is not completely hidden by a fixed or sticky header, footer or banner. */
export default definePageRule({
  meta: {
    id: 'focus-not-obscured',
    severity: 'serious',
    title: 'Focused elements are not hidden by other content',
    failureTitle: 'Some focused elements are hidden behind other content',
    description:
      'A sticky header or a cookie banner can cover the link or button that has keyboard focus. People using a keyboard then cannot see where they are.',
    wcag: ['2.4.11'],
    standards: ['nhs-service-standard:5', 'inclusion:accessibility'],
    requires: ['Keyboard'],
    messages: {
      obscured: 'When "{{text}}" has keyboard focus, it is completely hidden behind {{cover}}. Make sure fixed or sticky content does not cover focused elements, for example with scroll-padding or by making the banner smaller.',
    },
  },
  check({ Keyboard }, ctx) {
    if (Keyboard.stops.length === 0) return 'inapplicable';
    for (const stop of Keyboard.stops) {
      if (stop.obscuredBy) ctx.report({ messageId: 'obscured', selector: stop.selector, data: { text: stop.text || stop.tag, cover: stop.obscuredBy } });
    }
  },
});
