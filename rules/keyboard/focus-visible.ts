import { definePageRule } from '../../src/rule.js';

/** Each element reached with the Tab key shows a visible change when it has focus. */
export default definePageRule({
  meta: {
    id: 'focus-visible',
    severity: 'serious',
    title: 'You can see where keyboard focus is',
    failureTitle: 'Keyboard focus cannot be seen on some elements',
    description:
      'People who use a keyboard instead of a mouse need to see which link or button they are on. If nothing changes when an element gets focus, they get lost on the page.',
    wcag: ['2.4.7'],
    act: ['oj04fd'],
    standards: ['nhs-service-standard:5', 'inclusion:accessibility'],
    requires: ['Keyboard'],
    messages: {
      noIndicator: 'Nothing changes when "{{text}}" gets keyboard focus. Add a clear focus style, such as an outline or a yellow background. Do not use outline: none without another style.',
      focusHidden: 'Keyboard focus moves to "{{text}}", which cannot be seen on the page. Show it when it has focus, or take it out of the tab order.',
    },
  },
  check({ Keyboard }, ctx) {
    if (Keyboard.stops.length === 0) return 'inapplicable';
    for (const stop of Keyboard.stops) {
      const data = { text: stop.text || stop.tag };
      if (stop.hidden) ctx.report({ messageId: 'focusHidden', selector: stop.selector, data });
      else if (stop.indicator.length === 0) ctx.report({ messageId: 'noIndicator', selector: stop.selector, data });
    }
  },
});
