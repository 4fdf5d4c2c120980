import rule from '../../rules/links/link-text-bare-url.js';
import { link } from '../helpers/artifact-builders.js';
import { page, ruleTester } from '../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [{ name: 'words, and a short bare domain people say aloud', input: page({ Links: [link('#a', 'https://111.nhs.uk/', '111.nhs.uk'), link('#b', '/flu', 'Find out about flu')] }) }],
  invalid: [
    {
      name: 'full addresses as link text',
      input: page({ Links: [link('#a', 'https://www.nhs.uk/conditions/flu/', 'https://www.nhs.uk/conditions/flu/'), link('#b', 'https://www.nhs.uk/', 'www.nhs.uk'), link('#c', 'https://nhs.uk/nhs-app', 'nhs.uk/nhs-app')] }),
      findings: [
        { messageId: 'bareUrl', selector: '#a', outcome: 'needs-review' },
        { messageId: 'bareUrl', selector: '#b' },
        { messageId: 'bareUrl', selector: '#c' },
      ],
    },
  ],
  inapplicable: [{ name: 'no links', input: page({ Links: [] }) }],
});
