import { z } from 'zod';
import { definePageRule } from '../../src/rule.js';

/**
 * Off by default: it loads every page a second time. Turn it on with
 * rules: { 'content-without-javascript': 'error' } (or 'warn').
 */
export default definePageRule({
  meta: {
    id: 'content-without-javascript',
    severity: 'moderate',
    defaultOff: true,
    title: 'The main content and menu work without JavaScript',
    failureTitle: 'The main content or menu needs JavaScript',
    description:
      'JavaScript fails more often than people think: on old phones, slow connections, or when a script is blocked. If the main content or menu needs it, those patients see an empty page.',
    wcag: [],
    standards: ['nhs-service-standard:5', 'nhs-service-standard:14', 'inclusion:devices-and-data'],
    requires: ['NoScript', 'MainText', 'Links'],
    options: z.object({
      /** Share of the main text that must still be there without JavaScript. */
      minShare: z.number().min(0).max(1).default(0.25),
      /** Pages with less main text than this are not judged. */
      minChars: z.number().int().nonnegative().default(200),
    }),
    messages: {
      contentMissing:
        'Without JavaScript, this page shows {{without}} characters of main content instead of {{with}}. Put the main content in the HTML the server sends, and use JavaScript only to improve it.',
      navMissing:
        'Without JavaScript, the page has no visible menu links (it has {{with}} with JavaScript). Make the menu work as plain links, and use JavaScript only to improve it.',
    },
  },
  check({ NoScript, MainText, Links }, ctx) {
    const withJs = MainText.blocks.reduce((n, b) => n + b.text.length, 0);
    const navWithJs = Links.filter((l) => l.region === 'nav' && l.visible).length;
    if (withJs < ctx.options.minChars && navWithJs === 0) return 'inapplicable';
    if (withJs >= ctx.options.minChars && NoScript.mainTextLength < withJs * ctx.options.minShare) {
      ctx.report({ messageId: 'contentMissing', data: { without: NoScript.mainTextLength, with: withJs } });
    }
    if (navWithJs >= 2 && NoScript.navLinks === 0) ctx.report({ messageId: 'navMissing', data: { with: navWithJs } });
  },
});
