// The Media gatherer: audio and video players, video embeds, marquee and blink, long-running
// animations and carousels, and whether each has a pause or stop control near it.
import type { Gatherer } from './types.js';

/** WCAG 2.2.2: moving content that lasts more than 5 seconds needs a way to pause it. */
export const MOVING_LIMIT_MS = 5000;

const COLLECT_MEDIA = String.raw`(async (limitMs) => {
  const h = window.__ia;
  // On screen, even if hidden from screen readers: decorative motion is often aria-hidden.
  const shown = (el) => el.isConnected && (!el.checkVisibility || el.checkVisibility({ checkVisibilityCSS: true })) && el.getClientRects().length > 0;
  // Give players that are still fetching a moment to learn their duration.
  const loading = Array.from(document.querySelectorAll('audio,video')).filter((m) => m.readyState === 0 && m.networkState === 2);
  if (loading.length) {
    await Promise.race([
      Promise.all(loading.map((m) => new Promise((r) => { m.addEventListener('loadedmetadata', r, { once: true }); m.addEventListener('error', r, { once: true }); }))),
      new Promise((r) => setTimeout(r, 1000)),
    ]);
  }
  const STOP = /\b(pause|stop)\b/i;
  const PAGE_WIDE = /\b(animations?|motion|moving)\b/i;
  const labelOf = (c) => h.accessibleText(c) || c.getAttribute('value') || c.getAttribute('title') || (c.labels ? Array.from(c.labels).map((l) => l.textContent).join(' ') : '');
  const controls = Array.from(document.querySelectorAll('button,[role=button],a[href],input[type=button],input[type=submit],input[type=checkbox],[role=switch]'))
    .filter((c) => STOP.test(labelOf(c)) && h.visible(c));
  const pageWide = controls.some((c) => PAGE_WIDE.test(labelOf(c)));
  // Near: inside the element, or inside one of its 4 nearest ancestors (short of the body).
  function pauseNear(el) {
    if (pageWide) return true;
    let scope = el;
    for (let i = 0; i <= 4 && scope && scope !== document.body; i++, scope = scope.parentElement) {
      const s = scope;
      if (controls.some((c) => s.contains(c))) return true;
    }
    return false;
  }
  const players = Array.from(document.querySelectorAll('audio,video')).map((m) => ({
    selector: h.selector(m),
    html: h.html(m, 200),
    tag: m.localName,
    autoplay: m.autoplay,
    playing: !m.paused && !m.ended,
    muted: m.muted || m.defaultMuted,
    controls: m.controls,
    loop: m.loop,
    duration: Number.isFinite(m.duration) ? m.duration : null,
    tracks: Array.from(m.querySelectorAll('track')).map((t) => ({ kind: (t.getAttribute('kind') || 'subtitles').toLowerCase(), srclang: t.getAttribute('srclang'), label: t.getAttribute('label'), src: t.src || '' })),
    visible: shown(m),
    pauseControl: m.controls || pauseNear(m),
  }));
  const embeds = [];
  for (const f of document.querySelectorAll('iframe[src]')) {
    let host = '';
    try { host = new URL(f.src).hostname.replace(/^www\./, ''); } catch (e) { continue; }
    if (/(^|\.)(youtube\.com|youtube-nocookie\.com|youtu\.be|vimeo\.com)$/.test(host)) embeds.push({ selector: h.selector(f), src: f.src, host });
  }
  const marquees = Array.from(document.querySelectorAll('marquee,blink')).filter(shown)
    .map((m) => ({ selector: h.selector(m), html: h.html(m, 200), tag: m.localName, pauseControl: pauseNear(m) }));
  const running = (document.getAnimations ? document.getAnimations() : []).filter((a) => a.playState === 'running' && a.effect && a.effect.target);
  const animations = [];
  const seen = new Set();
  for (const a of running) {
    const el = a.effect.target;
    const t = a.effect.getComputedTiming();
    const infinite = t.iterations === Infinity || t.activeDuration === Infinity;
    if (!infinite && t.activeDuration <= limitMs) continue;
    if (!shown(el)) continue;
    const r = el.getBoundingClientRect();
    if (r.width < 1 || r.height < 1) continue;
    const kind = window.CSSAnimation && a instanceof CSSAnimation ? 'css-animation' : window.CSSTransition && a instanceof CSSTransition ? 'css-transition' : 'web-animation';
    const name = kind === 'css-animation' ? a.animationName : kind === 'css-transition' ? a.transitionProperty : (a.id || '');
    const key = h.selector(el) + '|' + name;
    if (seen.has(key) || animations.length >= 20) continue;
    seen.add(key);
    animations.push({ selector: h.selector(el), html: h.html(el, 200), kind, name, infinite, activeMs: infinite ? null : Math.round(t.activeDuration), pauseControl: pauseNear(el) });
  }
  const CAROUSEL = '[aria-roledescription="carousel" i],.carousel,.slick-slider,.swiper,.swiper-container,.splide,.glide,.owl-carousel,.flickity-enabled,[class*="slideshow" i],[data-ride="carousel"],[data-bs-ride="carousel"]';
  const carousels = [];
  for (const c of document.querySelectorAll(CAROUSEL)) {
    if (c.parentElement && c.parentElement.closest(CAROUSEL)) continue;
    if (!shown(c) || carousels.length >= 10) continue;
    const ride = (c.getAttribute('data-ride') || c.getAttribute('data-bs-ride') || '').toLowerCase() === 'carousel';
    const flag = c.getAttribute('data-autoplay');
    const config = (c.getAttribute('data-slick') || '') + (c.getAttribute('data-splide') || '') + (c.getAttribute('data-flickity') || '');
    const autoAdvance = ride || (flag !== null && flag !== 'false' && flag !== '0') || /"?autoplay"?\s*:\s*(true|\d+|\{)/i.test(config);
    const moving = running.some((a) => c.contains(a.effect.target));
    carousels.push({ selector: h.selector(c), html: h.html(c, 200), autoAdvance, moving, pauseControl: pauseNear(c) });
  }
  return { players, embeds, marquees, animations, carousels };
})`;

export const mediaGatherer: Gatherer = {
  name: 'Media',
  collect: ({ page }) => page.evaluate(`${COLLECT_MEDIA}(${MOVING_LIMIT_MS})`),
};
