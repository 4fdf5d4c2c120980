import { defineSiteRule } from '../../src/rule.js';
import { urlOf } from '../site-facts.js';
import { citedCriteria, complianceClaim, findStatement } from './statement-page.js';

export default defineSiteRule({
  meta: {
    id: 'statement-non-accessible',
    severity: 'serious',
    title: 'The accessibility statement lists the content that is not accessible',
    failureTitle: 'The accessibility statement says the website is not fully accessible but lists nothing',
    description:
      'People need to know which parts of the website may not work for them, so they can ask for another way. The law says the statement must list the parts that are not accessible and why, citing the WCAG success criteria they fail.',
    wcag: [],
    standards: ['psbar:reg8-4a', 'nhs-service-standard:5', 'inclusion:accessibility'],
    requires: ['MainText', 'Meta', 'Headings'],
    messages: {
      nothingListed: 'The accessibility statement says the website is {{claim}} compliant but does not list what is not accessible. Add a "Non-accessible content" section. Give each problem, the WCAG success criterion it fails (for example 1.1.1) and when you will fix it.',
    },
  },
  check(site, ctx) {
    const statement = findStatement(site);
    const claim = statement && complianceClaim(statement.text);
    if (!statement || !claim) return 'inapplicable';
    if (claim !== 'fully' && citedCriteria(statement.text).length === 0) {
      ctx.report({ messageId: 'nothingListed', url: urlOf(statement.page), selector: null, data: { claim: claim === 'not' ? 'not' : 'partially' } });
    }
  },
});
