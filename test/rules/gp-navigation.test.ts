import rule from '../../rules/gp/gp-navigation.js';
import { ruleTester, site } from '../helpers/rule-tester.js';
import { gpPage, HOME_TITLE } from '../helpers/gp-site.js';

const items = (n: number) => Array.from({ length: n }, (_, i) => ({ text: `Item ${i}`, href: null }));
const home = (Navigation: object) => {
  const p = gpPage('/', { title: HOME_TITLE });
  return site([{ ...p, artifacts: { ...p.artifacts, Navigation: Navigation as never } }]);
};
ruleTester(rule, {
  valid: [{ name: '7 items, a Menu button, visible search', input: home({ mainNav: { selector: 'nav', items: items(7), nestedSelector: null }, menuButton: { selector: 'button', text: 'Menu', label: 'Menu', visible: false }, search: { selector: '#q', visible: true } }) }],
  invalid: [
    {
      name: 'long menu with sub-menus, icon-only button and no search',
      input: home({ mainNav: { selector: 'nav', items: items(9), nestedSelector: 'nav li ul' }, menuButton: { selector: 'button.toggle', text: '', label: 'Open navigation', visible: false }, search: null }),
      findings: [{ messageId: 'tooManyItems', selector: 'nav' }, { messageId: 'subMenus', selector: 'nav li ul' }, { messageId: 'menuLabel', selector: 'button.toggle' }, { messageId: 'noSearch' }],
    },
  ],
});
