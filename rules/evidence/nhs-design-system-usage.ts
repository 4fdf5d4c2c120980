// DTAC D1.10 evidence: which NHS design system components the site uses, counted over all pages.
import { defineSiteRule } from '../../src/rule.js';
import { pagesWith } from '../site/site-pages.js';

export default defineSiteRule({
  meta: {
    id: 'nhs-design-system-usage',
    severity: 'minor',
    advisory: true,
    // Evidence for assessors, not a problem: off unless the config turns it on.
    defaultOff: true,
    title: 'No NHS design system components to list',
    failureTitle: 'NHS design system components to list in your evidence',
    description:
      'Common components from the NHS design system are familiar to patients and are built to be accessible. DTAC question D1.10 asks which ones you use.',
    wcag: [],
    standards: ['dtac:D1.10', 'dtac:D1.10.1', 'nhs-service-standard:13', 'gp-website:nhs-identity', 'inclusion:trust'],
    requires: ['DesignSystem'],
    messages: {
      componentsFound:
        'The site uses {{count}} NHS design system components: {{components}}. List them in your answer to DTAC D1.10, and check they are up to date.',
    },
  },
  check(site, ctx) {
    const pages = pagesWith(site, 'DesignSystem');
    if (pages.length === 0) return 'inapplicable';
    const onPages = new Map<string, number>();
    for (const { value } of pages) for (const name of Object.keys(value.components)) onPages.set(name, (onPages.get(name) ?? 0) + 1);
    if (onPages.size === 0) return;
    const components = [...onPages]
      .sort(([a, x], [b, y]) => y - x || a.localeCompare(b))
      .map(([name, n]) => `${name} (${n} page${n === 1 ? '' : 's'})`)
      .join(', ');
    ctx.report({ messageId: 'componentsFound', data: { count: onPages.size, components } });
  },
});
