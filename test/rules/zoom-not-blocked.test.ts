import rule from '../../rules/layout/zoom-not-blocked.js';
import type { PageArtifacts } from '../../src/artifacts.js';
import { page, ruleTester } from '../helpers/rule-tester.js';

const meta = (viewport: string | null): PageArtifacts['Meta'] => ({ title: 'Home', lang: 'en-GB', viewport, doctype: 'html', description: null, generator: null });

ruleTester(rule, {
  valid: [
    { name: 'a plain viewport', input: page({ Meta: meta('width=device-width, initial-scale=1') }) },
    { name: 'maximum-scale of 5 and user-scalable=yes', input: page({ Meta: meta('width=device-width, maximum-scale=5, user-scalable=yes') }) },
    { name: 'maximum-scale of exactly 2', input: page({ Meta: meta('width=device-width,maximum-scale=2.0') }) },
  ],
  invalid: [
    {
      name: 'user-scalable=no and maximum-scale=1',
      input: page({ Meta: meta('width=device-width, initial-scale=1, maximum-scale=1, user-scalable=no') }),
      findings: [{ messageId: 'userScalable' }, { messageId: 'maximumScale' }],
    },
    { name: 'user-scalable=0, in capitals, split by semicolons', input: page({ Meta: meta('WIDTH=device-width; USER-SCALABLE=0') }), findings: [{ messageId: 'userScalable' }] },
    { name: 'maximum-scale=1.5', input: page({ Meta: meta('width=device-width, maximum-scale=1.5') }), findings: [{ messageId: 'maximumScale' }] },
  ],
  inapplicable: [{ name: 'no viewport meta', input: page({ Meta: meta(null) }) }],
});
