import rule from '../../rules/layout/touch-target-size.js';
import { layout } from '../helpers/layout-media.js';
import { page, ruleTester } from '../helpers/rule-tester.js';

const target = (selector: string, width: number, height: number) => ({ selector, html: '<a>', width, height, text: 'Call us' });

ruleTester(rule, {
  valid: [{ name: 'no small targets', input: page({ Layout: layout() }) }],
  invalid: [
    {
      name: 'one finding, pointing at the smallest target',
      input: page({ Layout: layout({ smallTargets: [target('#cookies', 58, 36), target('#phone', 20, 20)] }) }),
      findings: [{ messageId: 'smallTargets', selector: '#phone', outcome: 'needs-review' }],
    },
  ],
});
