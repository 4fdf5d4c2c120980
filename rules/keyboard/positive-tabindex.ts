import { definePageRule } from '../../src/rule.js';

/** No element has a tabindex above 0, which takes it out of the natural focus order. */
export default definePageRule({
  meta: {
    id: 'positive-tabindex',
    severity: 'moderate',
    title: 'No element changes the natural tab order',
    failureTitle: 'Some elements change the natural tab order',
    description:
      'A tabindex above 0 makes focus jump to that element first, out of reading order. People using a keyboard or a screen reader lose track of where they are.',
    wcag: ['2.4.3'],
    standards: ['nhs-service-standard:5', 'inclusion:accessibility'],
    requires: ['Keyboard'],
    messages: {
      positive: '"{{text}}" has tabindex="{{tabindex}}", so focus jumps to it out of order. Remove the tabindex, or use tabindex="0", and put the element where it belongs in the page.',
    },
  },
  check({ Keyboard }, ctx) {
    for (const el of Keyboard.positiveTabindex) {
      ctx.report({ messageId: 'positive', selector: el.selector, html: el.html, data: { text: el.text || el.selector, tabindex: el.tabindex } });
    }
  },
});
