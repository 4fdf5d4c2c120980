import rule from '../../rules/trust/trust-cookies-before-consent.js';
import type { PageSnapshot } from '../../src/artifacts.js';
import { page, ruleTester, site } from '../helpers/rule-tester.js';

const c = (name: string) => ({ name, domain: 'www.riverside-medical.example', path: '/', secure: true, httpOnly: false, session: false });
const p = (path: string, depth: number, names: string[]): PageSnapshot => ({ ...page({ Cookies: names.map(c) }, path), depth });
ruleTester(rule, {
  valid: [{ name: 'only the consent and session cookies', input: site([p('/', 0, ['cookie_consent', 'PHPSESSID'])]) }],
  invalid: [
    {
      name: '_ga set on the home page is reported once, not on every later page',
      input: site([p('/contact', 1, ['_ga', '_ga_ABC123']), p('/', 0, ['_ga', '_ga_ABC123'])]),
      findings: [{ messageId: 'cookieBeforeConsent', url: 'https://www.riverside-medical.example/' }, { messageId: 'cookieBeforeConsent', url: 'https://www.riverside-medical.example/' }],
    },
  ],
});
