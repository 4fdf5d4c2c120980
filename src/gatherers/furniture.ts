// Gatherers for site furniture and privacy: the main menu, pop-ups on load, and the cookies set
// before any consent. In-page code is kept as plain JavaScript strings (see in-page.ts).
import type { Gatherer } from './types.js';

/** The main menu, the mobile menu button and the site search. */
export const COLLECT_NAVIGATION = String.raw`(() => {
  const h = window.__ia;
  const hint = (el) => ((el.getAttribute('aria-label') || '') + ' ' + (el.getAttribute('class') || '') + ' ' + (el.id || '')).toLowerCase();
  const navs = Array.from(document.querySelectorAll('nav, [role=navigation]')).filter((n) =>
    !n.closest('footer,[role=contentinfo]') && !/breadcrumb|skip|pagination|footer|contents|related|secondary/.test(hint(n)) &&
    !(n.parentElement && n.parentElement.closest('nav,[role=navigation]')));
  const nav = navs.find((n) => /main|primary|menu|site|header/.test(hint(n))) || navs.find((n) => n.closest('header,[role=banner]')) || navs[0];
  let mainNav = null;
  if (nav) {
    const list = nav.querySelector('ul, ol, [role=menubar], [role=list]');
    const tops = list ? Array.from(list.children).filter((li) => li.querySelector('a[href], button') || li.matches('a[href], button')) : Array.from(nav.querySelectorAll('a[href]'));
    const items = tops.map((li) => { const a = li.matches('a, button') ? li : li.querySelector('a[href], button'); return { text: h.accessibleText(a).slice(0, 80), href: a.href || null }; });
    const nested = nav.querySelector('li ul, li ol, [aria-haspopup]:not([aria-haspopup=false]), details, [role=menu] [role=menu]');
    mainNav = { selector: h.selector(nav), items, nestedSelector: nested ? h.selector(nested) : null };
  }
  const buttons = Array.from(document.querySelectorAll('header button, nav button, [role=banner] button, header [role=button], nav [role=button], button[aria-controls], button[aria-expanded]'))
    .filter((b) => !b.closest('form') && (b.hasAttribute('aria-controls') || b.hasAttribute('aria-expanded') || /menu|nav|burger|toggle/.test(hint(b))));
  const b = buttons[0];
  const menuButton = b ? { selector: h.selector(b), text: h.squash(b.textContent).slice(0, 80), label: h.accessibleText(b).slice(0, 80), visible: h.visible(b) } : null;
  const s = document.querySelector('input[type=search], [role=search] input:not([type=hidden]):not([type=submit]), search input:not([type=hidden]), form[action*="search" i] input[type=text], input[name=q], input[name=s]');
  return { mainNav, menuButton, search: s ? { selector: h.selector(s), visible: h.visible(s) } : null };
})()`;

/** Dialogs and fixed layers that cover at least 10% of the viewport right after load. */
export const COLLECT_POPUPS = String.raw`(() => {
  const h = window.__ia;
  const vw = window.innerWidth, vh = window.innerHeight;
  const items = [];
  const taken = [];
  for (const el of document.querySelectorAll('body *')) {
    const dialog = el.matches('dialog[open], [role=dialog], [role=alertdialog], [aria-modal=true]');
    const cs = getComputedStyle(el);
    if (!dialog && cs.position !== 'fixed') continue;
    if (taken.some((t) => t.contains(el))) continue;
    if (!h.visible(el) || cs.visibility === 'hidden' || Number(cs.opacity) === 0) continue;
    const r = el.getBoundingClientRect();
    const w = Math.max(0, Math.min(r.right, vw) - Math.max(r.left, 0));
    const ht = Math.max(0, Math.min(r.bottom, vh) - Math.max(r.top, 0));
    const coverage = vw && vh ? (w * ht) / (vw * vh) : 0;
    if (coverage < 0.1) continue;
    taken.push(el);
    const text = h.squash(el.innerText).slice(0, 200);
    items.push({
      selector: h.selector(el), html: h.html(el), text,
      role: el.getAttribute('role') || (el.localName === 'dialog' ? 'dialog' : null),
      coverage: Math.min(1, Math.round(coverage * 1000) / 1000),
      cookieBanner: /cookie/i.test(text + ' ' + (el.id || '') + ' ' + (el.getAttribute('class') || '')),
    });
  }
  return { viewport: { width: vw, height: vh }, items };
})()`;

export const navigationGatherer: Gatherer = { name: 'Navigation', collect: ({ page }) => page.evaluate(COLLECT_NAVIGATION) };
export const popupsGatherer: Gatherer = { name: 'Popups', collect: ({ page }) => page.evaluate(COLLECT_POPUPS) };

/** Cookies the browser holds for the page and its frames, read through the DevTools protocol. */
export const cookiesGatherer: Gatherer = {
  name: 'Cookies',
  async collect({ page }) {
    const session = await page.createCDPSession();
    try {
      const { cookies } = await session.send('Network.getCookies');
      return cookies.map((c) => ({ name: c.name, domain: c.domain, path: c.path, secure: c.secure, httpOnly: c.httpOnly, session: c.session }));
    } finally {
      await session.detach().catch(() => {});
    }
  },
};
