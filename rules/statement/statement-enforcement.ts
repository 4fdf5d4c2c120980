import { defineSiteRule } from '../../src/rule.js';
import { artifact, urlOf } from '../site-facts.js';
import { hasPhrase } from '../text-match.js';
import { findStatement } from './statement-page.js';

const EHRC = ['equality and human rights commission', /\behrc\b/];
const EASS = ['equality advisory and support service', 'equality advisory support service', /\beass\b/, 'equalityadvisoryservice.com'];

export default defineSiteRule({
  meta: {
    id: 'statement-enforcement',
    severity: 'serious',
    title: 'The accessibility statement explains the enforcement procedure',
    failureTitle: 'The accessibility statement does not explain the enforcement procedure',
    description:
      'People who are not happy with the answer they get need to know where to go next. The law says the statement must link to the enforcement procedure: the Equality and Human Rights Commission (EHRC) enforces the regulations, and people can contact the Equality Advisory and Support Service (EASS).',
    wcag: [],
    standards: ['psbar:reg8-4d', 'nhs-service-standard:5', 'inclusion:accessibility'],
    requires: ['MainText', 'Meta', 'Headings', 'Links'],
    messages: {
      missingEnforcement: 'The accessibility statement does not name {{missing}}. Add an "Enforcement procedure" section: the EHRC enforces the regulations, and people who are not happy with your response can contact the EASS (equalityadvisoryservice.com).',
    },
  },
  check(site, ctx) {
    const statement = findStatement(site);
    if (!statement) return 'inapplicable';
    const hrefs = (artifact(statement.page, 'Links') ?? []).map((l) => l.href).join(' ');
    const missing: string[] = [];
    if (!hasPhrase(statement.text, EHRC)) missing.push('the Equality and Human Rights Commission (EHRC)');
    if (!hasPhrase(`${statement.text} ${hrefs}`, EASS)) missing.push('the Equality Advisory and Support Service (EASS)');
    if (missing.length) ctx.report({ messageId: 'missingEnforcement', url: urlOf(statement.page), selector: null, data: { missing: missing.join(' or ') } });
  },
});
