import rule from '../../rules/layout/mobile-viewport.js';
import type { PageArtifacts } from '../../src/artifacts.js';
import { page, ruleTester } from '../helpers/rule-tester.js';

const meta = (viewport: string | null): PageArtifacts['Meta'] => ({ title: 'Home', lang: 'en-GB', viewport, doctype: 'html', description: null, generator: null });

ruleTester(rule, {
  valid: [
    { name: 'width=device-width', input: page({ Meta: meta('width=device-width, initial-scale=1, viewport-fit=cover') }) },
    { name: 'initial-scale on its own', input: page({ Meta: meta('initial-scale=1') }) },
  ],
  invalid: [
    { name: 'no viewport meta', input: page({ Meta: meta(null) }), findings: [{ messageId: 'missing', selector: null }] },
    { name: 'an empty viewport meta', input: page({ Meta: meta('  ') }), findings: [{ messageId: 'missing' }] },
    { name: 'a fixed width', input: page({ Meta: meta('width=1024') }), findings: [{ messageId: 'fixedWidth' }] },
    { name: 'a typo in device-width', input: page({ Meta: meta('width=device width, initial-scale=1') }), findings: [{ messageId: 'fixedWidth' }] },
  ],
});
