// The keyboard walk: one per page, shared by every keyboard rule. It presses the real Tab key,
// records each stop (focus indicator, cover by fixed or sticky elements, document order), looks
// for traps, tests the skip link with Enter, then restores focus, scroll and URL. It changes
// focus and scroll, so it runs after every other gatherer.
import type { Page } from 'puppeteer-core';
import type { Gatherer } from './types.js';

/** Most Tab stops recorded per page. */
export const MAX_TAB_STOPS = 40;
/** Most key presses per page, so frames and stuck widgets cannot run on. */
const MAX_PRESSES = 60;
/** Presses on the same element before it counts as stuck. */
const STUCK_PRESSES = 3;
/** Tab presses sent together before reading where focus went. */
const PRESS_BATCH = 8;
/** Visits to the same element, within one walk, that make a cycle a trap. */
const TRAP_VISITS = 3;
/** Most mouse-only controls reported per page. */
const MAX_MOUSE_ONLY = 20;

/** Installs window.__iaKb: the stops so far, and the focus-indicator and cover checks. */
const KB_INSTALL = String.raw`(() => {
  const h = window.__ia;
  if (document.activeElement && document.activeElement.blur) document.activeElement.blur();
  window.scrollTo(0, 0);
  // Start the walk at the top: focus a temporary element placed first in the body.
  const start = document.createElement('span');
  start.tabIndex = -1;
  start.setAttribute('data-ia-start', '');
  document.body.prepend(start);
  start.focus({ preventScroll: true });
  const PROPS = ['box-shadow', 'background-color', 'background-image', 'color', 'text-decoration-line', 'text-decoration-thickness', 'fill', 'stroke', 'opacity', 'transform'];
  const SIDES = ['top', 'right', 'bottom', 'left'];
  const clear = (c) => /rgba\([^)]*,\s*0\)|transparent/.test(c);
  function look(el, pseudo) {
    const cs = getComputedStyle(el, pseudo);
    if (pseudo && (cs.content === 'none' || cs.content === 'normal')) return '';
    const out = {};
    const ow = parseFloat(cs.outlineWidth) || 0;
    out.outline = cs.outlineStyle !== 'none' && ow > 0 && !clear(cs.outlineColor) ? cs.outlineStyle + ' ' + ow + ' ' + cs.outlineColor : 'none';
    out.border = SIDES.map((s) => {
      const w = parseFloat(cs.getPropertyValue('border-' + s + '-width')) || 0;
      const st = cs.getPropertyValue('border-' + s + '-style');
      const c = cs.getPropertyValue('border-' + s + '-color');
      return w > 0 && st !== 'none' && !clear(c) ? w + ' ' + st + ' ' + c : 'none';
    }).join('|');
    for (const p of PROPS) out[p] = cs.getPropertyValue(p);
    return out;
  }
  // The element, its pseudo-elements, children, a few ancestors (focus-within), its labels and
  // next sibling (custom checkboxes style the label when the hidden input has focus).
  function targets(el) {
    const list = [[el, null], [el, '::before'], [el, '::after']];
    const kids = el.querySelectorAll('*');
    for (let i = 0; i < kids.length && i < 15; i++) list.push([kids[i], null]);
    let a = el.parentElement;
    for (let i = 0; a && i < 3 && a !== document.body; i++, a = a.parentElement) list.push([a, null]);
    const extra = el.labels ? Array.from(el.labels) : [];
    if (el.nextElementSibling) extra.push(el.nextElementSibling);
    for (const x of extra) list.push([x, null], [x, '::before'], [x, '::after']);
    return list;
  }
  const settle = () => { for (const a of document.getAnimations()) if (a instanceof CSSTransition) { try { a.finish(); } catch (e) {} } };
  function indicator(el) {
    const list = targets(el);
    settle();
    const focused = list.map(([n, p]) => look(n, p));
    el.blur();
    settle();
    const plain = list.map(([n, p]) => look(n, p));
    el.focus({ preventScroll: true });
    settle();
    const changed = new Set();
    focused.forEach((f, i) => {
      const u = plain[i];
      if (!f || !u) { if (f !== u) changed.add('pseudo-element'); return; }
      for (const k of Object.keys(f)) if (f[k] !== u[k]) changed.add(k);
    });
    return Array.from(changed);
  }
  const fixedCache = new Map();
  function fixedHolder(node) {
    for (let n = node; n && n !== document.documentElement; n = n.parentElement) {
      if (!fixedCache.has(n)) { const p = getComputedStyle(n).position; fixedCache.set(n, p === 'fixed' || p === 'sticky'); }
      if (fixedCache.get(n)) return n;
    }
    return null;
  }
  // The fixed or sticky element covering every visible sample point of el, or null.
  function coveredBy(el, r) {
    const xs = [r.left + 2, r.left + r.width / 2, r.right - 2];
    const ys = [r.top + 2, r.top + r.height / 2, r.bottom - 2];
    let seen = 0, cover = null;
    for (const x of xs) for (const y of ys) {
      if (x < 0 || y < 0 || x >= innerWidth || y >= innerHeight) continue;
      seen++;
      const top = document.elementFromPoint(x, y);
      if (!top || el.contains(top) || top.contains(el) || (el.labels && Array.from(el.labels).some((l) => l.contains(top)))) return null;
      const holder = fixedHolder(top);
      if (!holder || holder.contains(el)) return null;
      cover = cover || holder;
    }
    return seen > 0 ? cover : null;
  }
  function deepActive() {
    let a = document.activeElement;
    while (a && a.shadowRoot && a.shadowRoot.activeElement) a = a.shadowRoot.activeElement;
    return a;
  }
  const els = [];
  const visits = [];
  let last = start;
  function step() {
    const el = deepActive();
    if (start.isConnected && el !== start) start.remove();
    if (!el || el === document.body || el === document.documentElement || el === start) return { kind: 'body' };
    if (el === last) return { kind: el.localName === 'iframe' || el.localName === 'frame' ? 'frame' : 'same' };
    last = el;
    const seen = els.indexOf(el);
    if (seen >= 0) { visits[seen]++; return { kind: 'seen', index: seen, visits: visits[seen] }; }
    visits.push(1);
    els.push(el);
    const r = el.getBoundingClientRect();
    const hidden = r.width * r.height <= 4 || r.right + scrollX <= 0 || r.bottom + scrollY <= 0;
    const cover = hidden ? null : coveredBy(el, r);
    const ti = el.getAttribute('tabindex');
    return {
      kind: 'stop',
      stop: {
        selector: h.selector(el),
        tag: el.localName,
        role: el.getAttribute('role'),
        text: h.accessibleText(el).slice(0, 100),
        tabindex: ti !== null && /^-?\d+$/.test(ti.trim()) ? parseInt(ti, 10) : null,
        region: h.region(el),
        indicator: indicator(el),
        hidden,
        obscuredBy: cover ? h.selector(cover) : null,
        rect: { x: Math.round(r.left), y: Math.round(r.top), width: Math.round(r.width), height: Math.round(r.height) },
        order: 0,
      },
    };
  }
  // The smallest element holding the stops from index on: the widget focus is stuck or cycling in.
  function holder(from) {
    const group = els.slice(from);
    let c = group.length === 1 ? group[0] : group[0] && group[0].parentElement;
    while (c && !group.every((e) => c.contains(e))) c = c.parentElement;
    return c;
  }
  function cycleContainer(from) {
    const c = holder(from);
    if (!c || c === document.body || c === document.documentElement) return null;
    const dialog = !!c.closest('dialog, [role=dialog], [role=alertdialog], [aria-modal=true]');
    return { selector: h.selector(c), dialog };
  }
  function escaped(from) {
    const c = holder(from);
    const a = deepActive();
    return !!c && !!a && a !== document.body && !c.contains(a);
  }
  function stuckIn() { const a = deepActive(); return a ? { selector: h.selector(a), dialog: !!a.closest('dialog, [role=dialog], [role=alertdialog], [aria-modal=true]') } : null; }
  function order() {
    const sorted = els.slice().sort((a, b) => (a === b ? 0 : a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
    return els.map((e) => sorted.indexOf(e));
  }
  // Each Tab keydown first records where the previous press left focus, so presses can be sent
  // in batches with no round trip between them. flush() adds where the last press left it.
  const log = [];
  let keys = 0;
  const onKey = (e) => { if (e.key === 'Tab' && keys++ > 0) log.push(step()); };
  window.addEventListener('keydown', onKey, true);
  const flush = () => { const out = log.splice(0); out.push(step()); return out; };
  const quiet = () => window.removeEventListener('keydown', onKey, true);
  window.__iaKb = { flush, quiet, cycleContainer, escaped, stuckIn, order, els };
  return location.href;
})()`;

/** Document order of the stops, positive tabindex, mouse-only controls, the skip-link candidate and the main landmark. */
const KB_EXTRAS = String.raw`((maxMouse) => {
  const h = window.__ia;
  const positiveTabindex = [];
  for (const el of document.querySelectorAll('[tabindex]')) {
    if (el.tabIndex > 0 && h.visible(el)) positiveTabindex.push({ selector: h.selector(el), tabindex: el.tabIndex, text: h.accessibleText(el).slice(0, 100), html: h.html(el) });
  }
  const FOCUSABLE = 'a[href], area[href], button, input, select, textarea, summary, iframe, [tabindex], [contenteditable=""], [contenteditable=true]';
  const INSIDE = FOCUSABLE + ', label, [role]';
  const mouse = [];
  const out = [];
  for (const el of document.body ? document.body.querySelectorAll('*') : []) {
    if (out.length >= maxMouse) break;
    if (el instanceof SVGElement && el.localName !== 'svg') continue;
    const onclick = el.hasAttribute('onclick');
    const pointer = getComputedStyle(el).cursor === 'pointer' && (!el.parentElement || getComputedStyle(el.parentElement).cursor !== 'pointer');
    if (!onclick && !pointer) continue;
    if (el.closest(INSIDE) || el.querySelector(FOCUSABLE) || !h.visible(el)) continue;
    mouse.push(el);
    out.push({ selector: h.selector(el), tag: el.localName, text: h.accessibleText(el).slice(0, 100), html: h.html(el), clickHandler: onclick });
  }
  window.__iaKb.mouse = mouse;
  const els = window.__iaKb.els;
  let skip = -1, skipHref = '';
  for (let i = 0; i < els.length && i < 3; i++) {
    const raw = els[i].localName === 'a' ? els[i].getAttribute('href') || '' : '';
    if (raw.length > 1 && raw[0] === '#') { skip = i; skipHref = raw; break; }
  }
  return { order: window.__iaKb.order(), positiveTabindex, mouseOnly: out, skip, skipHref, hasMain: !!document.querySelector('main, [role=main]') };
})`;

/** After Enter on the skip link: is focus, or the next Tab, at or after the target? */
const SKIP_STATE = String.raw`((index, phase) => {
  const link = window.__iaKb.els[index];
  const id = decodeURIComponent(link.getAttribute('href').slice(1));
  const target = document.getElementById(id) || document.getElementsByName(id)[0] || null;
  const a = document.activeElement;
  const inTarget = !!target && !!a && (target === a || target.contains(a) || !!(target.compareDocumentPosition(a) & Node.DOCUMENT_POSITION_FOLLOWING));
  const moved = phase === 'enter' ? !!target && !!a && (target === a || target.contains(a)) : inTarget && a !== link;
  return { targetExists: !!target, moved, onLink: a === link || !a || a === document.body };
})`;

const RESTORE = String.raw`((href) => {
  if (document.activeElement && document.activeElement.blur) document.activeElement.blur();
  const start = document.querySelector('[data-ia-start]');
  if (start) start.remove();
  if (location.href !== href) history.replaceState(history.state, '', href);
  window.scrollTo(0, 0);
  delete window.__iaKb;
})`;

const withoutHash = (u: string) => u.split('#')[0];

type Step =
  | { kind: 'stop'; stop: Record<string, unknown> }
  | { kind: 'seen'; index: number; visits: number }
  | { kind: 'body' | 'same' | 'frame' };

export const keyboardGatherer: Gatherer = {
  name: 'Keyboard',
  async collect({ page }) {
    const started = Date.now();
    const href = (await page.evaluate(KB_INSTALL)) as string;
    const stops: Record<string, unknown>[] = [];
    let trap: { selector: string; kind: 'stuck' | 'cycle'; stops: number; dialog: boolean; escapable: boolean } | null = null;
    let ended: 'cycle' | 'cap' | 'trap' | 'frame' | 'navigated' | 'no-focus' = 'cap';
    let presses = 0;
    let same = 0;
    let frames = 0;
    let pending: { kind: 'stuck' | 'cycle'; index: number } | null = null;
    try {
      walk: while (presses < MAX_PRESSES) {
        const batch = Math.min(PRESS_BATCH, MAX_PRESSES - presses);
        await Promise.all(Array.from({ length: batch }, () => press(page, 'Tab')));
        presses += batch;
        if (withoutHash(page.url()) !== withoutHash(href)) { ended = 'navigated'; break; }
        const results = (await page.evaluate('window.__iaKb.flush()')) as Step[];
        // Presses inside an embedded frame never reach this document's keydown listener.
        while (results.length < batch) results.unshift({ kind: 'frame' });
        for (const r of results) {
          switch (r.kind) {
            case 'stop':
              stops.push(r.stop);
              ended = 'cap';
              same = 0;
              frames = 0;
              if (stops.length >= MAX_TAB_STOPS) break walk;
              break;
            case 'body':
              ended = stops.length > 0 ? 'cycle' : 'no-focus';
              if (stops.length > 0) break walk;
              break;
            case 'frame':
              if (++frames >= 20) { ended = 'frame'; break walk; }
              break;
            case 'same':
              if (++same >= STUCK_PRESSES) { pending = { kind: 'stuck', index: stops.length - 1 }; break walk; }
              break;
            case 'seen':
              if (r.index === 0) { ended = 'cycle'; break walk; }
              // A one-off jump back is a focus-order problem; a trap comes round again and again.
              if (r.visits >= TRAP_VISITS) { pending = { kind: 'cycle', index: r.index }; break walk; }
              break;
          }
        }
        if (ended === 'no-focus' && presses >= 3) break;
      }
      if (ended !== 'navigated') await page.evaluate('window.__iaKb.quiet()');
      if (pending) {
        const box = (await page.evaluate(
          pending.kind === 'stuck' ? 'window.__iaKb.stuckIn()' : `window.__iaKb.cycleContainer(${pending.index})`,
        )) as { selector: string; dialog: boolean } | null;
        if (box) {
          const escapable = await escapes(page, pending.index);
          trap = { selector: box.selector, kind: pending.kind, stops: pending.kind === 'stuck' ? 1 : stops.length - pending.index, dialog: box.dialog, escapable };
          ended = 'trap';
        } else ended = 'cycle';
      }
      if (ended === 'navigated') return await recover(page, href, stops, presses, started);
      const extras = (await page.evaluate(`${KB_EXTRAS}(${MAX_MOUSE_ONLY})`)) as {
        order: number[];
        positiveTabindex: unknown[];
        mouseOnly: { clickHandler: boolean }[];
        skip: number;
        skipHref: string;
        hasMain: boolean;
      };
      stops.forEach((s, i) => (s.order = extras.order[i] ?? i));
      await findClickListeners(page, extras.mouseOnly);
      const skipLink = extras.skip >= 0 ? await testSkipLink(page, extras.skip, extras.skipHref, stops[extras.skip]!, href) : null;
      if (withoutHash(page.url()) !== withoutHash(href)) await page.goBack({ waitUntil: 'load', timeout: 10_000 }).catch(() => {});
      else await page.evaluate(`${RESTORE}(${JSON.stringify(href)})`);
      return {
        stops, presses, ended, trap,
        positiveTabindex: extras.positiveTabindex, mouseOnly: extras.mouseOnly, skipLink, hasMain: extras.hasMain,
        durationMs: Date.now() - started,
      };
    } catch (err) {
      // A key press that navigated destroys the page's scripts: go back and keep what was learnt.
      if (page.isClosed() || withoutHash(page.url()) === withoutHash(href)) throw err;
      return await recover(page, href, stops, presses, started);
    }
  },
};

/** A real key press. Down and up are sent together: one round trip instead of two. */
async function press(page: Page, key: 'Tab' | 'Enter' | 'Escape'): Promise<void> {
  await Promise.all([page.keyboard.down(key), page.keyboard.up(key)]);
}

/** Press Escape, then Tab: does focus leave the group that starts at stop `index`? */
async function escapes(page: Page, index: number): Promise<boolean> {
  await press(page, 'Escape');
  await press(page, 'Tab');
  return (await page.evaluate(`window.__iaKb.escaped(${Math.max(0, index)})`)) as boolean;
}

/** Mark candidates with a click, mouse or pointer listener of their own (read through the DevTools protocol). */
async function findClickListeners(page: Page, found: { clickHandler: boolean }[]): Promise<void> {
  if (found.every((f) => f.clickHandler)) return;
  const client = await page.createCDPSession();
  try {
    for (let i = 0; i < found.length; i++) {
      if (found[i]!.clickHandler) continue;
      // Object ids belong to a protocol session, so look the element up through this one.
      const { result } = await client.send('Runtime.evaluate', { expression: `window.__iaKb.mouse[${i}]` });
      if (!result.objectId) continue;
      const { listeners } = await client.send('DOMDebugger.getEventListeners', { objectId: result.objectId });
      found[i]!.clickHandler = listeners.some((l) => /^(click|mousedown|mouseup|pointerdown|pointerup)$/.test(l.type));
      await client.send('Runtime.releaseObject', { objectId: result.objectId });
    }
  } finally {
    await client.detach().catch(() => {});
  }
}

/** Focus the skip link, press Enter, and check focus, or the next Tab, lands in its target. */
async function testSkipLink(page: Page, index: number, skipHref: string, stop: Record<string, unknown>, href: string) {
  await page.evaluate(`window.__iaKb.els[${index}].focus()`);
  await press(page, 'Enter');
  const base = { selector: String(stop.selector), text: String(stop.text), href: skipHref };
  if (withoutHash(page.url()) !== withoutHash(href)) return { ...base, targetExists: false, focusMoved: false };
  let state = (await page.evaluate(`${SKIP_STATE}(${index}, 'enter')`)) as { targetExists: boolean; moved: boolean; onLink: boolean };
  if (!state.moved && state.targetExists && state.onLink) {
    await press(page, 'Tab');
    state = (await page.evaluate(`${SKIP_STATE}(${index}, 'tab')`)) as typeof state;
  }
  return { ...base, targetExists: state.targetExists, focusMoved: state.moved };
}

/** After a navigation: go back to the audited page and return the stops recorded before it. */
async function recover(page: Page, href: string, stops: Record<string, unknown>[], presses: number, started: number) {
  await page.goBack({ waitUntil: 'load', timeout: 10_000 }).catch(() => {});
  if (withoutHash(page.url()) !== withoutHash(href)) await page.goto(href, { waitUntil: 'load', timeout: 20_000 }).catch(() => {});
  stops.forEach((s, i) => (s.order = i));
  return { stops, presses, ended: 'navigated', trap: null, positiveTabindex: [], mouseOnly: [], skipLink: null, hasMain: false, durationMs: Date.now() - started };
}
