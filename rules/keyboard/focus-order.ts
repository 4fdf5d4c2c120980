import { definePageRule } from '../../src/rule.js';

/** Most backward jumps reported per page: one cause often gives many. */
const MAX_REPORTS = 5;

/** Pressing Tab moves forward through the page: focus does not jump back to earlier content. */
export default definePageRule({
  meta: {
    id: 'focus-order',
    severity: 'moderate',
    title: 'Focus moves through the page in order',
    failureTitle: 'Focus jumps back to earlier parts of the page',
    description:
      'When Tab moves focus back up the page, people who use a keyboard or a screen reader lose their place, and may miss content.',
    wcag: ['2.4.3'],
    standards: ['nhs-service-standard:5', 'inclusion:accessibility'],
    requires: ['Keyboard'],
    messages: {
      backwards: 'After "{{from}}", pressing Tab jumps back to "{{to}}", which comes earlier in the page. Make the tab order follow the order of the page, for example by moving the element in the HTML.',
    },
  },
  check({ Keyboard }, ctx) {
    const stops = Keyboard.stops;
    if (stops.length < 2) return 'inapplicable';
    let reported = 0;
    for (let i = 1; i < stops.length && reported < MAX_REPORTS; i++) {
      const from = stops[i - 1]!;
      const to = stops[i]!;
      // Positive tabindex has its own rule; it causes jumps by design.
      if ((from.tabindex ?? 0) > 0 || (to.tabindex ?? 0) > 0) continue;
      if (to.order >= from.order) continue;
      reported++;
      ctx.report({ messageId: 'backwards', selector: to.selector, data: { from: from.text || from.tag, to: to.text || to.tag } });
    }
  },
});
