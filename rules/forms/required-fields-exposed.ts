import { definePageRule } from '../../src/rule.js';

/** A "*" or "(required)" marker that only sighted people can see. */
const VISUAL_MARKER = /\*|\((required|mandatory|must be filled in)\)|\brequired\s*$/i;

/** Fields marked as required on screen are also marked as required in the code. */
export default definePageRule({
  meta: {
    id: 'required-fields-exposed',
    severity: 'moderate',
    title: 'Required fields are marked in the code',
    failureTitle: 'Some required fields are only marked visually',
    description:
      'A "*" or "(required)" next to a field only helps people who can see it. Screen readers only say a field is required when the code marks it, so people find out when the form fails.',
    wcag: ['3.3.2'],
    standards: ['nhs-service-standard:5', 'inclusion:accessibility'],
    requires: ['Forms'],
    messages: {
      notExposed: 'The "{{label}}" field is marked as required on screen, but not in the code. Add the required attribute (or aria-required="true"). Better still, mark the optional fields "(optional)" instead.',
    },
  },
  check({ Forms }, ctx) {
    const marked = Forms.filter((f) => f.visible && VISUAL_MARKER.test(f.label));
    if (marked.length === 0) return 'inapplicable';
    for (const field of marked) {
      if (field.required || field.ariaRequired) continue;
      ctx.report({ messageId: 'notExposed', selector: field.selector, data: { label: field.label } });
    }
  },
});
