import rule from '../../rules/gp/gp-no-popups.js';
import { page, ruleTester } from '../helpers/rule-tester.js';

const item = (coverage: number, cookieBanner: boolean, selector = '#popup') => ({ selector, html: '<div>', text: cookieBanner ? 'We use cookies' : 'Flu clinics are open', role: 'dialog', coverage, cookieBanner });
const p = (...items: ReturnType<typeof item>[]) => page({ Popups: { viewport: { width: 1280, height: 800 }, items } });
ruleTester(rule, {
  valid: [
    { name: 'a full-screen cookie banner is exempt', input: p(item(0.5, true)) },
    { name: 'a small fixed header', input: p(item(0.12, false, 'header')) },
  ],
  invalid: [{ name: 'a flu clinic modal', input: p(item(1, false)), findings: [{ messageId: 'popup', selector: '#popup' }] }],
});
