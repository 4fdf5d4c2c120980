import { definePageRule } from '../../src/rule.js';

/** Text that is a web address with a scheme, "www." or a path; a bare domain such as 111.nhs.uk is fine. */
const BARE_URL = /^(https?:\/\/|www\.)\S+$|^[a-z0-9-]+(\.[a-z0-9-]+)+\/\S+$/i;

/** Link text says where the link goes in words, not as a web address. */
export default definePageRule({
  meta: {
    id: 'link-text-bare-url',
    severity: 'minor',
    title: 'Link text is words, not web addresses',
    failureTitle: 'Some links use a web address as their text',
    description:
      'Screen readers read a web address out letter by letter, and long addresses are hard to read for everyone. Words that say where the link goes are easier to understand.',
    wcag: ['2.4.4'],
    standards: ['nhs-service-standard:4', 'nhs-service-standard:5', 'inclusion:accessibility'],
    requires: ['Links'],
    advisory: true,
    messages: {
      bareUrl: 'The link text is the web address "{{text}}". Use words that say where the link goes, for example "NHS 111 online".',
    },
  },
  check({ Links }, ctx) {
    const visible = Links.filter((l) => l.visible && l.text);
    if (visible.length === 0) return 'inapplicable';
    for (const link of visible) {
      if (BARE_URL.test(link.text.trim())) ctx.report({ messageId: 'bareUrl', selector: link.selector, data: { text: link.text } });
    }
  },
});
