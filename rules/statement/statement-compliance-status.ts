import { defineSiteRule } from '../../src/rule.js';
import { blockMatching, urlOf } from '../site-facts.js';
import { complianceClaim, findStatement } from './statement-page.js';

const VERSION = /(?:web content accessibility guidelines|wcag)\s*(?:\(wcag\)\s*)?(?:version\s*)?(2\.[0-2])/i;

export default defineSiteRule({
  meta: {
    id: 'statement-compliance-status',
    severity: 'serious',
    title: 'The accessibility statement gives its compliance status and WCAG version',
    failureTitle: 'The accessibility statement does not give a clear compliance status',
    description:
      'The law says the statement must tell people how far the website meets the accessibility standard: fully, partially or not compliant with a named version of WCAG. Public sector websites are now checked against WCAG 2.2.',
    wcag: [],
    standards: ['psbar:reg8-model', 'psbar:reg4', 'dtac:D1.4', 'nhs-service-standard:5', 'inclusion:accessibility'],
    requires: ['MainText', 'Meta', 'Headings'],
    messages: {
      missingStatus: 'The accessibility statement does not say if the website is fully, partially or not compliant. Add a "Compliance status" section with the wording from the model statement.',
      missingVersion: 'The accessibility statement does not say which version of the Web Content Accessibility Guidelines (WCAG) it uses. Say "WCAG version 2.2 AA standard".',
      oldVersion: 'The accessibility statement measures the website against WCAG {{version}}. Test against WCAG 2.2 AA and update the statement: "{{quote}}".',
    },
  },
  check(site, ctx) {
    const statement = findStatement(site);
    if (!statement) return 'inapplicable';
    const url = urlOf(statement.page);
    if (!complianceClaim(statement.text)) return void ctx.report({ messageId: 'missingStatus', url, selector: null });
    const version = VERSION.exec(statement.text);
    if (!version) return void ctx.report({ messageId: 'missingVersion', url, selector: null });
    if (version[1] !== '2.2') {
      const block = blockMatching(statement.page, [/web content accessibility guidelines|wcag/]);
      ctx.report({ messageId: 'oldVersion', url, selector: block?.selector ?? null, outcome: 'needs-review', data: { version: version[1]!, quote: (block?.text ?? version[0]).slice(0, 160) } });
    }
  },
});
