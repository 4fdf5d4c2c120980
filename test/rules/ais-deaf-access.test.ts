import rule from '../../rules/ais/ais-deaf-access.js';
import { ruleTester, site } from '../helpers/rule-tester.js';
import { gpPage, HOME_TITLE } from '../helpers/gp-site.js';

const s = (text: string) => site([gpPage('/', { title: HOME_TITLE, main: [text] })]);
ruleTester(rule, {
  valid: [
    { name: 'Relay UK and BSL', input: s('Use Relay UK: call 18001 then our number. We can book a British Sign Language (BSL) interpreter.') },
    { name: 'textphone and SignVideo', input: s('Textphone users can reach us. We offer SignVideo.') },
  ],
  invalid: [
    { name: 'neither', input: s('Call us on 01632 960 123.'), findings: [{ messageId: 'missingRelay', outcome: 'needs-review' }, { messageId: 'missingBsl', outcome: 'needs-review' }] },
    { name: '18001 inside a longer number is not Relay UK', input: s('Call 0118001234 or ask for a BSL interpreter.'), findings: [{ messageId: 'missingRelay' }] },
  ],
});
