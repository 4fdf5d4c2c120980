import { definePageRule } from '../../src/rule.js';
import { reportLost } from './lost-content.js';

/** WCAG 1.4.4: text made twice as big is not cut off and does not spill over other content. */
export default definePageRule({
  meta: {
    id: 'text-resize',
    severity: 'serious',
    title: 'Text can be made twice as big without being cut off',
    failureTitle: 'Some text is cut off when it is made bigger',
    description:
      'Many older people and people with low vision set a bigger text size in their browser. When boxes have a fixed size, the bigger text is cut off or overlaps other text, so they cannot read it.',
    wcag: ['1.4.4'],
    act: ['59br37'],
    standards: ['nhs-service-standard:5', 'psbar:reg4', 'dtac:D1.4', 'inclusion:accessibility'],
    requires: ['Layout'],
    messages: {
      clipped: 'When text is made twice as big, some of it is cut off: "{{text}}". Do not give boxes with text a fixed height or width; let them grow with the text.',
      spills: 'When text is made twice as big, it spills out of its box and may cover other content: "{{text}}". Check it, and let the box grow with the text.',
    },
  },
  check({ Layout }, ctx) {
    reportLost(Layout.textResize.lost, ctx, { clipped: 'clipped', spills: 'spills' });
  },
});
