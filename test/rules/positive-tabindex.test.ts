import rule from '../../rules/keyboard/positive-tabindex.js';
import { keyboard } from '../helpers/artifact-builders.js';
import { page, ruleTester } from '../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [{ name: 'no positive tabindex', input: page({ Keyboard: keyboard() }) }],
  invalid: [
    {
      name: 'two elements jump the queue',
      input: page({ Keyboard: keyboard({ positiveTabindex: [
        { selector: '#order', tabindex: 1, text: 'Order online', html: '<a id="order" tabindex="1">' },
        { selector: '#search', tabindex: 5, text: '', html: '<input id="search" tabindex="5">' },
      ] }) }),
      findings: [{ messageId: 'positive', selector: '#order' }, { messageId: 'positive', selector: '#search' }],
    },
  ],
});
