import { definePageRule } from '../../src/rule.js';

/** Advisory: touch targets under 44 by 44 px on a phone-sized layout. axe/target-size checks the 24 px minimum of WCAG 2.5.8. */
export default definePageRule({
  meta: {
    id: 'touch-target-size',
    severity: 'minor',
    advisory: true,
    title: 'Buttons and links are easy to tap on a phone',
    failureTitle: 'Some buttons or links are small to tap on a phone',
    description:
      'People with shaky hands, or who are older, find small buttons and links hard to tap on a phone. NHS.UK and Apple advise touch targets at least 44 by 44 pixels.',
    wcag: ['2.5.8', '2.5.5'],
    standards: ['nhs-service-standard:5', 'inclusion:accessibility', 'inclusion:devices-and-data'],
    requires: ['Layout'],
    messages: {
      smallTargets:
        'On a phone-sized screen, {{count}} buttons or links are smaller than 44 by 44 pixels. One is "{{text}}", at {{width}} by {{height}} pixels. Make them bigger so they are easy to tap. Padding helps.',
    },
  },
  check({ Layout }, ctx) {
    const targets = [...Layout.smallTargets].sort((a, b) => a.width * a.height - b.width * b.height);
    const [smallest] = targets;
    if (!smallest) return;
    ctx.report({
      messageId: 'smallTargets',
      selector: smallest.selector,
      html: smallest.html,
      data: { count: targets.length, text: smallest.text || 'no text', width: smallest.width, height: smallest.height },
    });
  },
});
