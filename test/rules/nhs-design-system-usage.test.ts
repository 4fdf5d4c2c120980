import { describe, expect, it } from 'vitest';
import rule from '../../rules/evidence/nhs-design-system-usage.js';
import { gatherUrl, useBrowser, useServer } from '../helpers/browser.js';
import { page, runRule, ruleTester, site, TEST_ORIGIN } from '../helpers/rule-tester.js';
import { exampleSiteDir } from '../../src/demo.js';
import { join } from 'node:path';

const ds = (components: Record<string, number>) => ({ DesignSystem: { components } });

ruleTester(rule, {
  valid: [{ name: 'a site with no NHS design system classes', input: site([page(ds({}), '/'), page(ds({}), '/contact')]) }],
  invalid: [
    {
      name: 'components on several pages, listed most used first',
      input: site([page(ds({ header: 1, footer: 1, card: 3 }), '/'), page(ds({ header: 1, footer: 1 }), '/contact')]),
      findings: [{ messageId: 'componentsFound', url: `${TEST_ORIGIN}/`, selector: null, outcome: 'needs-review' }],
    },
  ],
  inapplicable: [{ name: 'no pages', input: site([]) }],
});

describe('nhs-design-system-usage in a real browser', () => {
  const browser = useBrowser();
  const nhs = useServer(join(import.meta.dirname, '..', '..', 'fixtures', 'pages', 'nhsuk-style'));
  const clean = useServer(exampleSiteDir('gp-practice-clean'));

  it('counts nhsuk-frontend components, not their parts, modifiers or layout classes', async () => {
    const snap = await gatherUrl(browser(), `${nhs().url}/`, new Set(['DesignSystem']));
    const components = (snap.artifacts.DesignSystem as { components: Record<string, number> }).components;
    expect(components.header).toBe(1);
    expect(components['skip-link']).toBe(1);
    expect(Object.keys(components).some((k) => /__|--|^u-|^grid-|width-container/.test(k))).toBe(false);
    const r = runRule(rule, site([snap]));
    expect(r.findings[0]!.message).toMatch(/^The site uses \d+ NHS design system components: .*header \(1 page\)/);
  });

  it('lists nothing on the clean example site, which does not use the design system', async () => {
    const snap = await gatherUrl(browser(), `${clean().url}/`, new Set(['DesignSystem']));
    expect(runRule(rule, site([snap])).findings).toEqual([]);
  });
});
