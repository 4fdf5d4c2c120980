import rule from '../../rules/layout/justified-text.js';
import { layout } from '../helpers/layout-media.js';
import { page, ruleTester } from '../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [{ name: 'no justified text', input: page({ Layout: layout() }) }],
  invalid: [
    {
      name: 'two justified paragraphs give one finding at the first',
      input: page({ Layout: layout({ justified: [{ selector: '#about', html: '<p>', chars: 300 }, { selector: '#more', html: '<p>', chars: 200 }] }) }),
      findings: [{ messageId: 'justified', selector: '#about', outcome: 'needs-review' }],
    },
  ],
});
