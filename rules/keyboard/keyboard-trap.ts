import { definePageRule } from '../../src/rule.js';

/** Focus can always be moved away from an element or widget with the keyboard. */
export default definePageRule({
  meta: {
    id: 'keyboard-trap',
    severity: 'critical',
    title: 'Keyboard focus is never trapped',
    failureTitle: 'Keyboard focus gets trapped',
    description:
      'If focus gets stuck in one part of a page, people who use a keyboard cannot reach the rest of it. They may have to give up and ask for help.',
    wcag: ['2.1.2'],
    act: ['80af7b', 'a1b64e'],
    standards: ['nhs-service-standard:5', 'inclusion:accessibility'],
    requires: ['Keyboard'],
    messages: {
      stuck: 'Pressing Tab does not move focus away from this element. Let people leave it with the Tab key.',
      cycle: 'Pressing Tab keeps focus going round the same {{stops}} elements, and Escape does not let people out. Let people leave this part of the page with the Tab key.',
      dialog: 'Focus stays inside this dialog and Escape does not close it. Check people can close it with the keyboard, for example with a close button.',
    },
  },
  check({ Keyboard }, ctx) {
    if (Keyboard.stops.length === 0) return 'inapplicable';
    const trap = Keyboard.trap;
    if (!trap || trap.escapable) return;
    if (trap.dialog) ctx.report({ messageId: 'dialog', selector: trap.selector, outcome: 'needs-review' });
    else if (trap.kind === 'stuck') ctx.report({ messageId: 'stuck', selector: trap.selector });
    else ctx.report({ messageId: 'cycle', selector: trap.selector, data: { stops: trap.stops } });
  },
});
