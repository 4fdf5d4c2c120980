import { definePageRule } from '../../src/rule.js';
import { autocompleteMatches, purposeOf } from './personal-data.js';

/** Fields that ask for name, email, phone, address, postcode or date of birth say so with autocomplete. */
export default definePageRule({
  meta: {
    id: 'autocomplete-personal-data',
    severity: 'moderate',
    title: 'Personal details fields can be filled in automatically',
    failureTitle: 'Some personal details fields cannot be filled in automatically',
    description:
      'The autocomplete attribute lets browsers fill in a name, address or date of birth for people. This helps people with memory, motor or learning difficulties, and anyone on a small phone screen.',
    wcag: ['1.3.5'],
    standards: ['nhs-service-standard:5', 'nhs-service-standard:4', 'inclusion:accessibility'],
    requires: ['Forms'],
    messages: {
      missing: 'The "{{label}}" field asks for a {{what}} but has no autocomplete attribute. Add autocomplete="{{token}}".',
      wrong: 'The "{{label}}" field asks for a {{what}} but has autocomplete="{{autocomplete}}". Use autocomplete="{{token}}".',
    },
  },
  check({ Forms }, ctx) {
    let judged = 0;
    for (const field of Forms) {
      if (!field.visible) continue;
      const purpose = purposeOf(field);
      if (!purpose) continue;
      judged++;
      if (autocompleteMatches(field.autocomplete, purpose)) continue;
      const data = { label: field.label || field.name || field.id || field.tag, what: purpose.what, token: purpose.token, autocomplete: field.autocomplete ?? '' };
      ctx.report({ messageId: field.autocomplete ? 'wrong' : 'missing', selector: field.selector, data });
    }
    if (judged === 0) return 'inapplicable';
  },
});
