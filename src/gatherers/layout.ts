// The Layout gatherer: re-lays out the SAME tab (no reload) to test reflow at 320 CSS px, text
// resized to 200%, and the WCAG 1.4.12 text-spacing overrides, then puts everything back.
// It changes layout, so it runs after the DOM gatherers and axe.
import type { Page } from 'puppeteer-core';
import type { Gatherer } from './types.js';

/** WCAG 1.4.10: 320 CSS px is 1280 px zoomed to 400%. */
export const REFLOW_WIDTH = 320;
/** NHS and Apple advice for touch targets; WCAG 2.5.5 (AAA). */
export const TOUCH_TARGET_PX = 44;

/**
 * Installs window.__iaLayout: finds content that is cut off or spills out of its box, and
 * remembers the page's own state first, so only content lost by our change is reported.
 */
const INSTALL_LAYOUT = String.raw`(() => {
  const h = window.__ia;
  const SKIP = new Set(['html', 'head', 'script', 'style', 'noscript', 'template', 'input', 'textarea', 'select', 'option', 'iframe', 'video', 'audio', 'canvas', 'img', 'svg', 'object', 'embed', 'br']);
  const TOL = 2;
  // Visually hidden (sr-only) patterns: a tiny box or a clip on the element or an ancestor.
  function clippedAway(el) {
    for (let n = el; n && n !== document.body; n = n.parentElement) {
      const cs = getComputedStyle(n);
      if (cs.clip && cs.clip !== 'auto') return true;
      if (/inset\(\s*(50|100)%/.test(cs.clipPath || '')) return true;
      const r = n.getBoundingClientRect();
      if ((r.width <= 2 || r.height <= 2) && (cs.overflow !== 'visible' || n === el)) return true;
    }
    return false;
  }
  function lost() {
    const out = [];
    const all = document.body ? [document.body, ...document.body.getElementsByTagName('*')] : [];
    for (const el of all) {
      if (SKIP.has(el.localName) || el.closest('svg')) continue;
      const cs = getComputedStyle(el);
      if (cs.display === 'none' || cs.display === 'contents' || cs.display === 'inline' || cs.visibility !== 'visible') continue;
      const ch = el.clientHeight, cw = el.clientWidth;
      if (ch === 0 && cw === 0) continue;
      const hid = (v) => v === 'hidden' || v === 'clip';
      // Vertically, half a line of slack: a line box a little taller than its box loses no text.
      const tolY = Math.max(TOL, parseFloat(cs.fontSize) / 2);
      let how = null;
      if ((hid(cs.overflowX) && el.scrollWidth > cw + TOL) || (hid(cs.overflowY) && el.scrollHeight > ch + tolY)) how = 'clipped';
      else if (cs.overflowY === 'visible' && el !== document.body && el.scrollHeight > ch + tolY && ch > 0) how = 'spills';
      if (how) out.push({ el, how });
    }
    return out;
  }
  function describe(el, how) {
    const r = el.getBoundingClientRect();
    return { selector: h.selector(el), html: h.html(el, 200), width: Math.round(r.width), height: Math.round(r.height), how, text: h.squash(el.textContent).slice(0, 80) };
  }
  const key = (x) => x.how;
  let base = new Map();
  /**
   * New lost content since the baseline, with text, visible and not an sr-only pattern. Overflow
   * spilling from an element also counts towards its ancestors, so only the innermost spill is kept.
   */
  function newlyLost(max) {
    const found = [];
    for (const x of lost()) {
      if (base.get(x.el) === key(x)) continue;
      if (!h.squash(x.el.textContent) || !h.visible(x.el) || clippedAway(x.el)) continue;
      const r = x.el.getBoundingClientRect();
      if (r.right <= 0 || r.bottom <= 0) continue; // parked off screen, like a skip link
      found.push(x);
    }
    return found
      .filter((x) => x.how !== 'spills' || !found.some((y) => y !== x && x.el.contains(y.el)))
      .slice(0, max)
      .map((x) => describe(x.el, x.how));
  }
  // One frame, so the page's own resize and media-query handlers run; never more than 50 ms.
  const settle = () => new Promise((r) => { requestAnimationFrame(() => r()); setTimeout(r, 50); });
  window.__iaLayout = { lost, newlyLost, clippedAway, settle, baseline() { base = new Map(lost().map((x) => [x.el, key(x)])); } };
})()`;

/** Text sizes and justified text, with the page as it is. */
const READ_TEXT = String.raw`(() => {
  const h = window.__ia, L = window.__iaLayout;
  const per = new Map();
  const walker = document.createTreeWalker(document.body || document.documentElement, NodeFilter.SHOW_TEXT);
  let node;
  while ((node = walker.nextNode())) {
    const el = node.parentElement;
    if (!el || /^(script|style|noscript|template|title)$/.test(el.localName)) continue;
    const n = node.data.replace(/\s+/g, '').length;
    if (n) per.set(el, (per.get(el) || 0) + n);
  }
  const bySize = new Map();
  const blocks = [];
  const justified = [];
  let totalChars = 0;
  for (const [el, chars] of per) {
    if (!h.visible(el)) continue;
    const cs = getComputedStyle(el);
    const px = Math.round(parseFloat(cs.fontSize) * 2) / 2;
    if (px < 20 && L.clippedAway(el)) continue;
    totalChars += chars;
    bySize.set(px, (bySize.get(px) || 0) + chars);
    if (px < 20) blocks.push({ el, px, chars });
    if (cs.textAlign === 'justify' && chars >= 80) {
      const line = parseFloat(cs.lineHeight) || parseFloat(cs.fontSize) * 1.2;
      if (el.getBoundingClientRect().height >= 2 * line) justified.push({ el, chars });
    }
  }
  blocks.sort((a, b) => b.chars - a.chars);
  return {
    text: {
      totalChars,
      bySize: [...bySize].sort((a, b) => a[0] - b[0]).map(([px, chars]) => ({ px, chars })),
      smallBlocks: blocks.slice(0, 20).map((b) => ({ selector: h.selector(b.el), html: h.html(b.el, 200), fontSize: b.px, chars: b.chars })),
    },
    justified: justified.slice(0, 20).map((j) => ({ selector: h.selector(j.el), html: h.html(j.el, 200), chars: j.chars })),
  };
})()`;

const SPACING_STYLE = '* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; } p { margin-bottom: 2em !important; }';

/** WCAG 1.4.12 overrides in a style element, measured, then removed. */
const TEXT_SPACING = String.raw`(() => {
  const L = window.__iaLayout;
  const style = document.createElement('style');
  style.textContent = ${JSON.stringify(SPACING_STYLE)};
  document.head.appendChild(style);
  // Reading layout forces the browser to apply the style first: no need to wait for a frame.
  try { return { lost: L.newlyLost(20) }; } finally { style.remove(); }
})()`;

/**
 * Text resized to 200%, as text-only zoom does: every element gets double its computed font size
 * (and line height), whatever units the page used. Inline styles are put back afterwards.
 */
const TEXT_RESIZE = String.raw`(() => {
  const L = window.__iaLayout;
  const els = document.body ? [document.body, ...document.body.getElementsByTagName('*')] : [];
  const sizes = els.map((el) => { const cs = getComputedStyle(el); return [parseFloat(cs.fontSize), cs.lineHeight]; });
  const saved = els.map((el) => [el.style.getPropertyValue('font-size'), el.style.getPropertyPriority('font-size'), el.style.getPropertyValue('line-height'), el.style.getPropertyPriority('line-height'), el.getAttribute('style')]);
  els.forEach((el, i) => {
    const [fs, lh] = sizes[i];
    if (fs > 0) el.style.setProperty('font-size', fs * 2 + 'px', 'important');
    if (lh !== 'normal' && parseFloat(lh) > 0) el.style.setProperty('line-height', parseFloat(lh) * 2 + 'px', 'important');
  });
  try { return { lost: L.newlyLost(20) }; } finally {
    els.forEach((el, i) => {
      const [fs, fsp, lh, lhp, attr] = saved[i];
      // Read the attribute first: Chromium writes pending inline style back to it lazily.
      if (attr === null) { el.getAttribute('style'); el.removeAttribute('style'); return; }
      if (fs) el.style.setProperty('font-size', fs, fsp); else el.style.removeProperty('font-size');
      if (lh) el.style.setProperty('line-height', lh, lhp); else el.style.removeProperty('line-height');
    });
  }
})()`;

/** At the narrow width: sideways scrolling, what causes it, lost content and small touch targets. */
const NARROW = String.raw`(async (targetPx) => {
  const h = window.__ia, L = window.__iaLayout;
  await L.settle();
  const root = document.scrollingElement || document.documentElement;
  const cw = document.documentElement.clientWidth;
  const sw = root.scrollWidth;
  const hides = (el) => /hidden|clip/.test(getComputedStyle(el).overflowX);
  const viewportClips = hides(document.documentElement) || (document.body ? hides(document.body) : false);
  const wide = [];
  const TWO_D = 'table,pre,map,canvas,video,iframe,object,embed,math,svg';
  // Outermost elements that stick out past the right edge; scroll containers keep their children in.
  function walk(el) {
    for (const child of el.children) {
      if (wide.length >= 20) return;
      const cs = getComputedStyle(child);
      if (cs.display === 'none' || child.localName === 'script' || child.localName === 'style') continue;
      const r = child.getBoundingClientRect();
      if (r.right > cw + 1 && r.width > 0 && cs.visibility === 'visible' && h.visible(child) && !L.clippedAway(child) && !(viewportClips && r.left >= cw)) {
        wide.push({ selector: h.selector(child), html: h.html(child, 200), width: Math.round(r.width), height: Math.round(r.height), right: Math.round(r.right), twoDimensional: child.matches(TWO_D) || !!child.closest('table,pre') });
        continue;
      }
      if (cs.overflowX !== 'visible') continue;
      walk(child);
    }
  }
  if (document.body && sw > cw + 1) walk(document.body);
  const lost = L.newlyLost(20);
  // Touch targets. Inline links in a sentence are excepted, as in WCAG 2.5.8.
  const small = [];
  const CONTROLS = 'a[href],button,input:not([type=hidden]),select,textarea,summary,[role=button],[role=link],[role=checkbox],[role=radio],[role=tab],[role=menuitem],[role=switch]';
  for (const el of document.querySelectorAll(CONTROLS)) {
    if (el.disabled || !h.visible(el)) continue;
    let r = el.getBoundingClientRect();
    if (r.width === 0 || r.height === 0 || r.right <= 0 || r.bottom <= 0 || L.clippedAway(el)) continue;
    const cs = getComputedStyle(el);
    if (cs.display === 'inline' && !el.matches('button,input,select,textarea')) {
      let block = el.parentElement;
      while (block && getComputedStyle(block).display === 'inline') block = block.parentElement;
      if (block && h.squash(block.textContent).length > h.squash(el.textContent).length + 1) continue;
    }
    if (el.matches('input[type=checkbox],input[type=radio]') && el.labels) {
      let { left, top, right, bottom } = r;
      for (const lab of el.labels) { const b = lab.getBoundingClientRect(); if (b.width && b.height) { left = Math.min(left, b.left); top = Math.min(top, b.top); right = Math.max(right, b.right); bottom = Math.max(bottom, b.bottom); } }
      r = { width: right - left, height: bottom - top };
    }
    if (r.width < targetPx - 0.5 || r.height < targetPx - 0.5) {
      small.push({ selector: h.selector(el), html: h.html(el, 200), width: Math.round(r.width), height: Math.round(r.height), text: h.accessibleText(el).slice(0, 60) });
    }
  }
  return { scrollWidth: sw, clientWidth: cw, viewportClips, wide, lost, smallTargets: small };
})`;

async function restoreViewport(page: Page, original: ReturnType<Page['viewport']>): Promise<void> {
  if (original) {
    await page.setViewport(original);
  } else {
    const cdp = await page.createCDPSession();
    await cdp.send('Emulation.clearDeviceMetricsOverride').finally(() => cdp.detach().catch(() => {}));
  }
}

/** Everything at the page's own width, in one round trip: baseline, text, spacing, then resize. */
const AT_OWN_WIDTH = `(() => {
  ${INSTALL_LAYOUT};
  window.__iaLayout.baseline();
  const viewport = { width: innerWidth, height: innerHeight };
  const { text, justified } = ${READ_TEXT};
  const textSpacing = ${TEXT_SPACING};
  const textResize = ${TEXT_RESIZE};
  return { viewport, text, justified, textSpacing, textResize };
})()`;

interface Narrow {
  scrollWidth: number;
  clientWidth: number;
  viewportClips: boolean;
  wide: unknown[];
  lost: unknown[];
  smallTargets: unknown[];
}

export const layoutGatherer: Gatherer = {
  name: 'Layout',
  async collect({ page }) {
    const own = (await page.evaluate(AT_OWN_WIDTH)) as { viewport: { width: number; height: number } };
    const original = page.viewport();
    let narrow: Narrow;
    try {
      await page.setViewport({ ...(original ?? { deviceScaleFactor: 1 }), width: REFLOW_WIDTH, height: original?.height ?? own.viewport.height, isMobile: original?.isMobile ?? false, hasTouch: original?.hasTouch ?? false });
      narrow = (await page.evaluate(`${NARROW}(${TOUCH_TARGET_PX})`)) as Narrow;
    } finally {
      await restoreViewport(page, original);
    }
    const { smallTargets, ...reflow } = narrow;
    return { ...own, reflow: { width: REFLOW_WIDTH, ...reflow }, smallTargets };
  },
};
