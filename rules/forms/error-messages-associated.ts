import { definePageRule } from '../../src/rule.js';

const norm = (s: string) => s.toLowerCase().replace(/^error:\s*/, '').replace(/\s+/g, ' ').trim();

/** An error message shown beside a field is linked to it, so screen readers read it out. */
export default definePageRule({
  meta: {
    id: 'error-messages-associated',
    severity: 'serious',
    title: 'Error messages are linked to their fields',
    failureTitle: 'Some error messages are not linked to their fields',
    description:
      'When a form has an error, screen reader users need to hear the message when they reach the field. If the message is not linked to the field, they hear the field but not what went wrong.',
    wcag: ['3.3.1'],
    standards: ['nhs-service-standard:5', 'inclusion:accessibility'],
    requires: ['Forms'],
    messages: {
      notAssociated: 'The error "{{error}}" is shown next to the "{{label}}" field but is not linked to it. Give the message an id and add it to the field\'s aria-describedby.',
    },
  },
  check({ Forms }, ctx) {
    const inError = Forms.filter((f) => f.visible && f.errorText);
    if (inError.length === 0) return 'inapplicable';
    for (const field of inError) {
      const error = norm(field.errorText);
      if (norm(field.describedBy).includes(error) || norm(field.label).includes(error)) continue;
      ctx.report({ messageId: 'notAssociated', selector: field.selector, data: { error: field.errorText, label: field.label || field.name || field.tag } });
    }
  },
});
