import { definePageRule } from '../../src/rule.js';

/** Password fields let people paste, and let password managers fill them in. */
export default definePageRule({
  meta: {
    id: 'accessible-authentication',
    severity: 'serious',
    title: 'Password fields work with password managers',
    failureTitle: 'Some password fields block pasting or password managers',
    description:
      'Many people cannot remember or retype passwords, for example because of dyslexia or memory loss. Password managers and copy and paste help them sign in. Blocking these locks people out.',
    wcag: ['3.3.8'],
    standards: ['nhs-service-standard:5', 'nhs-service-standard:9', 'inclusion:accessibility'],
    requires: ['Forms'],
    messages: {
      pasteBlocked: 'The "{{label}}" password field stops people pasting. Let people paste into it.',
      autocompleteOff: 'The "{{label}}" password field has autocomplete="off", which asks browsers not to fill it. Use autocomplete="current-password" (or "new-password" when setting one).',
    },
  },
  check({ Forms }, ctx) {
    const passwords = Forms.filter((f) => f.type === 'password');
    if (passwords.length === 0) return 'inapplicable';
    for (const field of passwords) {
      const data = { label: field.label || field.name || 'password' };
      if (field.pasteBlocked) ctx.report({ messageId: 'pasteBlocked', selector: field.selector, data });
      if ((field.autocomplete ?? '').trim().toLowerCase() === 'off') ctx.report({ messageId: 'autocompleteOff', selector: field.selector, data });
    }
  },
});
