import { defineSiteRule } from '../../src/rule.js';
import { artifact, okPages, urlOf } from '../site-facts.js';
import { complianceClaim, findStatement } from './statement-page.js';

/** A "fully compliant" claim while axe finds serious or critical WCAG failures on the site. */
export default defineSiteRule({
  meta: {
    id: 'statement-consistency',
    severity: 'serious',
    title: 'The accessibility statement matches what this audit found',
    failureTitle: 'The accessibility statement says "fully compliant", but this audit found serious problems',
    description:
      'A statement that says everything works misleads the people who most need to know what does not. It must be honest about known problems, so they can ask for another way.',
    wcag: [],
    standards: ['psbar:reg8-4a', 'psbar:reg4', 'dtac:D1.4', 'nhs-service-standard:5', 'inclusion:trust', 'inclusion:accessibility'],
    requires: ['MainText', 'Meta', 'Headings', 'Axe'],
    messages: {
      claimContradicted: 'The accessibility statement says the website is fully compliant, but this audit found {{count}} serious or critical problems on {{pages}} pages (for example "{{example}}"). Fix them, or change the statement to "partially compliant" and list them.',
    },
  },
  check(site, ctx) {
    const statement = findStatement(site);
    if (!statement || complianceClaim(statement.text) !== 'fully') return 'inapplicable';
    let count = 0;
    const pages = new Set<string>();
    let example = '';
    for (const p of okPages(site)) {
      for (const v of artifact(p, 'Axe')?.violations ?? []) {
        const serious = v.nodes.filter((n) => (n.impact ?? v.impact) === 'serious' || (n.impact ?? v.impact) === 'critical');
        if (serious.length === 0) continue;
        count += serious.length;
        pages.add(urlOf(p));
        example ||= v.help;
      }
    }
    if (count > 0) ctx.report({ messageId: 'claimContradicted', url: urlOf(statement.page), selector: null, data: { count, pages: pages.size, example } });
  },
});
