import rule from '../../rules/layout/text-resize.js';
import { layout, lost } from '../helpers/layout-media.js';
import { page, ruleTester } from '../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [{ name: 'nothing is lost at 200% text', input: page({ Layout: layout({ reflow: { lost: [lost('#other')] } }) }) }],
  invalid: [
    {
      name: 'a fixed-height notice cuts its text off',
      input: page({ Layout: layout({ textResize: { lost: [lost('#notice')] } }) }),
      findings: [{ messageId: 'clipped', selector: '#notice', outcome: 'fail' }],
    },
    {
      name: 'text spilling out of its box needs review',
      input: page({ Layout: layout({ textResize: { lost: [lost('#card', 'spills')] } }) }),
      findings: [{ messageId: 'spills', selector: '#card', outcome: 'needs-review' }],
    },
    {
      name: 'at most 5 findings a page',
      input: page({ Layout: layout({ textResize: { lost: ['#a', '#b', '#c', '#d', '#e', '#f'].map((s) => lost(s)) } }) }),
      findings: ['#a', '#b', '#c', '#d', '#e'].map((selector) => ({ messageId: 'clipped', selector })),
    },
  ],
});
