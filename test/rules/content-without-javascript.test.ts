import rule from '../../rules/data/content-without-javascript.js';
import type { Link } from '../../src/artifacts.js';
import { page, ruleTester, TEST_ORIGIN } from '../helpers/rule-tester.js';

const text = 'Call us on 01632 960 123 to book an appointment. We are open Monday to Friday, 8am to 6:30pm. '.repeat(4);
const mainText = { root: 'main', rootFound: 'main' as const, lang: 'en-GB', blocks: [{ selector: 'main > p', tag: 'p', kind: 'paragraph' as const, text, lang: 'en-GB', italic: false }] };
const nav = (n: number): Link[] => Array.from({ length: n }, (_, i) => ({
  selector: `nav li:nth-of-type(${i + 1}) > a`, href: `${TEST_ORIGIN}/p${i}`, rawHref: `/p${i}`, text: `Page ${i}`, rel: '', target: '', region: 'nav', visible: true, download: false,
}));
const noScript = (mainTextLength: number, navLinks: number) => ({ status: 200, mainTextLength, navLinks });

ruleTester(rule, {
  valid: [
    { name: 'the same content and menu without JavaScript', input: page({ MainText: mainText, Links: nav(5), NoScript: noScript(text.length, 5) }) },
    { name: 'some content is added by scripts, most is in the HTML', input: page({ MainText: mainText, Links: nav(5), NoScript: noScript(Math.round(text.length * 0.6), 5) }) },
  ],
  invalid: [
    {
      name: 'content and menu built by scripts',
      input: page({ MainText: mainText, Links: nav(5), NoScript: noScript(0, 0) }),
      findings: [{ messageId: 'contentMissing', outcome: 'fail' }, { messageId: 'navMissing', outcome: 'fail' }],
    },
    { name: 'only the menu needs scripts', input: page({ MainText: mainText, Links: nav(5), NoScript: noScript(text.length, 0) }), findings: [{ messageId: 'navMissing' }] },
  ],
  inapplicable: [{ name: 'a near-empty page with no menu', input: page({ NoScript: noScript(0, 0) }) }],
});
