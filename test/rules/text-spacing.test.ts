import rule from '../../rules/layout/text-spacing.js';
import { layout, lost } from '../helpers/layout-media.js';
import { page, ruleTester } from '../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [{ name: 'nothing is lost with wider spacing', input: page({ Layout: layout({ textResize: { lost: [lost('#other')] } }) }) }],
  invalid: [
    {
      name: 'a fixed-size button cuts its label off',
      input: page({ Layout: layout({ textSpacing: { lost: [lost('#book')] } }) }),
      findings: [{ messageId: 'clipped', selector: '#book', outcome: 'fail' }],
    },
    {
      name: 'text spilling out of its box needs review',
      input: page({ Layout: layout({ textSpacing: { lost: [lost('#card', 'spills')] } }) }),
      findings: [{ messageId: 'spills', selector: '#card', outcome: 'needs-review' }],
    },
  ],
});
