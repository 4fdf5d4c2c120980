import { definePageRule } from '../../src/rule.js';
import { reportLost } from './lost-content.js';

/** WCAG 1.4.12: no content is lost when people set wider line, paragraph, letter and word spacing. */
export default definePageRule({
  meta: {
    id: 'text-spacing',
    severity: 'serious',
    title: 'Text stays readable with wider spacing',
    failureTitle: 'Some text is cut off when spacing is made wider',
    description:
      'People with dyslexia or low vision often make lines, letters and words further apart so they can read. If boxes have a fixed size, the wider text is cut off.',
    wcag: ['1.4.12'],
    standards: ['nhs-service-standard:5', 'psbar:reg4', 'dtac:D1.4', 'inclusion:accessibility'],
    requires: ['Layout'],
    messages: {
      clipped:
        'With wider text spacing (line height 1.5, letters 0.12em, words 0.16em, paragraphs 2em apart), some text is cut off: "{{text}}". Let the box grow with the text instead of giving it a fixed size.',
      spills: 'With wider text spacing, text spills out of its box and may cover other content: "{{text}}". Check it, and let the box grow with the text.',
    },
  },
  check({ Layout }, ctx) {
    reportLost(Layout.textSpacing.lost, ctx, { clipped: 'clipped', spills: 'spills' });
  },
});
