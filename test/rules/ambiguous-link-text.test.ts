import rule from '../../rules/links/ambiguous-link-text.js';
import { link } from '../helpers/artifact-builders.js';
import { page, ruleTester } from '../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    {
      name: '"Read more about flu jabs" twice to the same page, and menu links repeated in the footer',
      input: page({ Links: [
        link('#a', '/flu-jabs.html', 'Read more about flu jabs'),
        link('#b', '/flu-jabs.html#children', 'Read more about flu jabs.'),
        link('#c', '/contact.html', 'Contact us', { region: 'nav' }),
        link('#d', '/contact.html', 'Contact us', { region: 'footer' }),
      ] }),
    },
  ],
  invalid: [
    {
      name: '"Read more" to two places; a hidden duplicate is ignored',
      input: page({ Links: [link('#flu', '/flu.html', 'Read more'), link('#covid', '/covid.html', 'Read more…'), link('#hidden', '/x.html', 'read more', { visible: false })] }),
      findings: [{ messageId: 'ambiguous', selector: '#flu' }, { messageId: 'ambiguous', selector: '#covid' }],
    },
  ],
  inapplicable: [{ name: 'every link text is different', input: page({ Links: [link('#a', '/a', 'Appointments'), link('#b', '/b', 'Prescriptions')] }) }],
});
