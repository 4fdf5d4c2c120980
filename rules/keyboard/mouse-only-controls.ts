import { definePageRule } from '../../src/rule.js';

/** Things you can click can also be reached and used with a keyboard. */
export default definePageRule({
  meta: {
    id: 'mouse-only-controls',
    severity: 'serious',
    title: 'Every control works with a keyboard',
    failureTitle: 'Some controls only work with a mouse',
    description:
      'Some people cannot use a mouse or a touch screen. If a control can only be clicked, they cannot use it, and may not be able to finish their task.',
    wcag: ['2.1.1'],
    standards: ['nhs-service-standard:5', 'inclusion:accessibility'],
    requires: ['Keyboard'],
    messages: {
      clickOnly: '"{{text}}" reacts to clicks but cannot be reached with the Tab key. Use a real <button> or link instead.',
      looksClickable: '"{{text}}" looks clickable (it has a pointer cursor) but cannot be reached with the Tab key. If it does something, use a real <button> or link.',
    },
  },
  check({ Keyboard }, ctx) {
    for (const el of Keyboard.mouseOnly) {
      const data = { text: el.text || el.tag };
      if (el.clickHandler) ctx.report({ messageId: 'clickOnly', selector: el.selector, html: el.html, data });
      else ctx.report({ messageId: 'looksClickable', selector: el.selector, html: el.html, data, outcome: 'needs-review' });
    }
  },
});
