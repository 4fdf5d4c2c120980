import { defineSiteRule } from '../../src/rule.js';
import { urlOf } from '../site-facts.js';
import { hasPhrase } from '../text-match.js';
import { findStatement } from './statement-page.js';

const SCOPE = [/(this|our) (accessibility )?statement (applies|relates) to/, /(this|our) (accessibility )?statement (covers|is for)/, 'this statement covers', /applies to (the|this|our) [^.]{0,60}(website|site|app)/];

export default defineSiteRule({
  meta: {
    id: 'statement-scope',
    severity: 'moderate',
    title: 'The accessibility statement says which website it covers',
    failureTitle: 'The accessibility statement does not say which website it covers',
    description:
      'People need to know if the statement is about the website they are using. The model statement starts with "This accessibility statement applies to" and the website address.',
    wcag: [],
    standards: ['psbar:reg8-model', 'nhs-service-standard:5', 'inclusion:accessibility'],
    requires: ['MainText', 'Meta', 'Headings'],
    messages: {
      missingScope: 'The accessibility statement does not say which website it covers. Start it with "This accessibility statement applies to" and the website address.',
    },
  },
  check(site, ctx) {
    const statement = findStatement(site);
    if (!statement) return 'inapplicable';
    if (!hasPhrase(statement.text, SCOPE)) ctx.report({ messageId: 'missingScope', url: urlOf(statement.page), selector: null });
  },
});
