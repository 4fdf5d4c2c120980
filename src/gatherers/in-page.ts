// Code that runs inside the page. It is kept as plain JavaScript strings so that no build step
// (tsup, vitest) can rewrite it with helpers that do not exist in the page.

/** Installs window.__ia with shared helpers: selectors, visibility, regions and accessible text. */
export const INSTALL_HELPERS = String.raw`(() => {
  if (window.__ia) return;
  const esc = (s) => (window.CSS && CSS.escape ? CSS.escape(s) : s.replace(/[^a-zA-Z0-9_-]/g, '\\$&'));
  const uniqueId = (el) => el.id && document.querySelectorAll('#' + esc(el.id)).length === 1;
  function selector(el) {
    if (!el || el.nodeType !== 1) return '';
    if (el === document.documentElement) return 'html';
    const parts = [];
    let node = el;
    while (node && node.nodeType === 1 && node !== document.documentElement) {
      if (uniqueId(node)) { parts.unshift('#' + esc(node.id)); break; }
      const tag = node.localName;
      let part = tag;
      const parent = node.parentElement;
      if (parent) {
        const same = Array.from(parent.children).filter((c) => c.localName === tag);
        if (same.length > 1) part += ':nth-of-type(' + (same.indexOf(node) + 1) + ')';
      }
      parts.unshift(part);
      node = parent;
    }
    if (parts.length && !parts[0].startsWith('#')) parts.unshift('html');
    return parts.join(' > ');
  }
  function visible(el) {
    if (!el || !el.isConnected) return false;
    if (el.checkVisibility && !el.checkVisibility({ checkOpacity: false, checkVisibilityCSS: true })) return false;
    if (el.closest('[aria-hidden="true"],[hidden]')) return false;
    const r = el.getBoundingClientRect();
    return r.width > 0 || r.height > 0 || el.getClientRects().length > 0;
  }
  const REGIONS = [
    ['header', 'header,[role=banner]'],
    ['nav', 'nav,[role=navigation]'],
    ['footer', 'footer,[role=contentinfo]'],
    ['aside', 'aside,[role=complementary]'],
    ['main', 'main,[role=main]'],
  ];
  function region(el) {
    for (const [name, sel] of REGIONS) if (el.closest(sel)) return name;
    return 'other';
  }
  const squash = (s) => (s || '').replace(/\s+/g, ' ').trim();
  function byIds(ids) {
    return squash((ids || '').split(/\s+/).map((id) => { const n = id && document.getElementById(id); return n ? n.textContent : ''; }).join(' '));
  }
  function accessibleText(el) {
    const labelled = byIds(el.getAttribute('aria-labelledby'));
    if (labelled) return labelled;
    const aria = squash(el.getAttribute('aria-label'));
    if (aria) return aria;
    let text = squash(el.innerText !== undefined ? el.innerText : el.textContent);
    if (!text) text = squash(Array.from(el.querySelectorAll('img[alt],[role=img][aria-label]')).map((i) => i.getAttribute('alt') || i.getAttribute('aria-label')).join(' '));
    if (!text) text = squash(el.getAttribute('title'));
    return text;
  }
  function langOf(el) {
    const holder = el.closest('[lang]');
    return holder ? holder.getAttribute('lang') : null;
  }
  function html(el, max) {
    const out = el.outerHTML || '';
    if (out.length <= (max || 300)) return out;
    const open = out.match(/^<[^>]*>/);
    return (open ? open[0] : out.slice(0, max || 300)).slice(0, max || 300) + '…';
  }
  window.__ia = { selector, visible, region, accessibleText, langOf, squash, byIds, html };
})()`;

export const COLLECT_META = String.raw`(() => {
  const meta = (n) => { const m = document.querySelector('meta[name="' + n + '" i]'); return m ? m.getAttribute('content') : null; };
  return {
    title: document.title ? document.title.trim() : (document.querySelector('title') ? '' : null),
    lang: document.documentElement.getAttribute('lang'),
    viewport: meta('viewport'),
    doctype: document.doctype ? document.doctype.name : null,
    description: meta('description'),
    generator: meta('generator'),
  };
})()`;

export const COLLECT_LINKS = String.raw`(() => {
  const h = window.__ia;
  return Array.from(document.querySelectorAll('a[href], area[href]')).map((a) => ({
    selector: h.selector(a),
    href: a.href,
    rawHref: a.getAttribute('href'),
    text: h.accessibleText(a),
    rel: a.getAttribute('rel') || '',
    target: a.getAttribute('target') || '',
    region: h.region(a),
    visible: h.visible(a),
    download: a.hasAttribute('download'),
  }));
})()`;

export const COLLECT_HEADINGS = String.raw`(() => {
  const h = window.__ia;
  return Array.from(document.querySelectorAll('h1,h2,h3,h4,h5,h6,[role=heading]')).map((el) => {
    const aria = parseInt(el.getAttribute('aria-level') || '', 10);
    const level = /^h[1-6]$/i.test(el.localName) && !el.getAttribute('aria-level') ? Number(el.localName[1]) : (aria >= 1 && aria <= 6 ? aria : 2);
    return { selector: h.selector(el), level, text: h.accessibleText(el), visible: h.visible(el) };
  });
})()`;

export const COLLECT_LANDMARKS = String.raw`(() => {
  const h = window.__ia;
  const implicit = { header: 'banner', nav: 'navigation', main: 'main', aside: 'complementary', footer: 'contentinfo', search: 'search' };
  const out = [];
  for (const el of document.querySelectorAll('header,nav,main,aside,footer,search,form,section,[role]')) {
    let role = el.getAttribute('role') || implicit[el.localName] || '';
    const label = h.byIds(el.getAttribute('aria-labelledby')) || h.squash(el.getAttribute('aria-label')) || null;
    if (!role && (el.localName === 'form' || el.localName === 'section') && label) role = el.localName === 'form' ? 'form' : 'region';
    if ((el.localName === 'header' || el.localName === 'footer') && !el.getAttribute('role') && el.parentElement && el.parentElement.closest('article,aside,main,nav,section')) continue;
    if (!['banner','navigation','main','complementary','contentinfo','search','form','region'].includes(role)) continue;
    out.push({ selector: h.selector(el), role, label });
  }
  return out;
})()`;

export const COLLECT_FORMS = String.raw`(() => {
  const h = window.__ia;
  const skip = new Set(['hidden', 'submit', 'button', 'image', 'reset']);
  const ERRORISH = /error|invalid/i;
  // Visible error text in the field's group, when the field or its group is marked as in error.
  function errorNear(el) {
    const group = el.closest('fieldset, [class*="form-group" i], [class*="field" i]') || el.parentElement;
    const marked = el.getAttribute('aria-invalid') === 'true' || ERRORISH.test(el.className || '') || (group && ERRORISH.test(group.className || ''));
    if (!group || !marked) return '';
    for (const node of group.querySelectorAll('[class*="error" i], [id*="error" i], [role=alert]')) {
      if (node.contains(el) || node.matches('input, select, textarea') || !h.visible(node)) continue;
      const text = h.squash(node.innerText);
      if (text) return text.slice(0, 200);
    }
    return '';
  }
  // A paste the page cancels: an onpaste attribute returning false, or a listener calling preventDefault.
  function blocksPaste(el) {
    try {
      const ev = new ClipboardEvent('paste', { bubbles: true, cancelable: true, clipboardData: new DataTransfer() });
      el.dispatchEvent(ev);
      return ev.defaultPrevented;
    } catch (e) { return false; }
  }
  return Array.from(document.querySelectorAll('input, select, textarea'))
    .filter((el) => !(el.localName === 'input' && skip.has((el.getAttribute('type') || 'text').toLowerCase())))
    .map((el) => {
      const labels = el.labels ? Array.from(el.labels).map((l) => h.squash(l.innerText)).join(' ') : '';
      const label = h.byIds(el.getAttribute('aria-labelledby')) || h.squash(el.getAttribute('aria-label')) || h.squash(labels) || h.squash(el.getAttribute('title'));
      const form = el.form || el.closest('form');
      return {
        selector: h.selector(el),
        tag: el.localName,
        type: el.localName === 'input' ? (el.getAttribute('type') || 'text').toLowerCase() : null,
        name: el.getAttribute('name'),
        id: el.id || null,
        label,
        placeholder: el.getAttribute('placeholder'),
        autocomplete: el.getAttribute('autocomplete'),
        required: el.required === true,
        ariaRequired: el.getAttribute('aria-required') === 'true',
        ariaInvalid: el.getAttribute('aria-invalid') === 'true',
        describedBy: h.byIds(el.getAttribute('aria-describedby')),
        visible: h.visible(el),
        formSelector: form ? h.selector(form) : null,
        errorText: errorNear(el),
        pasteBlocked: el.localName === 'input' && el.type === 'password' ? blocksPaste(el) : false,
      };
    });
})()`;

export const COLLECT_IMAGES = String.raw`(() => {
  const h = window.__ia;
  return Array.from(document.images).map((img) => {
    const r = img.getBoundingClientRect();
    return {
      selector: h.selector(img),
      src: img.currentSrc || img.src || '',
      alt: img.getAttribute('alt'),
      role: img.getAttribute('role'),
      width: Math.round(r.width),
      height: Math.round(r.height),
      naturalWidth: img.naturalWidth || 0,
      naturalHeight: img.naturalHeight || 0,
      visible: h.visible(img),
    };
  });
})()`;

export const COLLECT_SCRIPTS = String.raw`(() => {
  const h = window.__ia;
  return Array.from(document.scripts).map((s) => ({
    selector: h.selector(s),
    src: s.src || null,
    inlineLength: s.src ? 0 : (s.textContent || '').length,
    async: s.async || s.defer,
  }));
})()`;

export const COLLECT_BODY_TEXT = String.raw`(() => {
  const max = 200000;
  const text = (document.body ? document.body.innerText : '') || '';
  return { text: text.slice(0, max), truncated: text.length > max };
})()`;

/**
 * Visible text blocks of the main content. Navigation, header, footer, aside, hidden and
 * aria-hidden content are left out. Each block element (heading, paragraph, list item, cell,
 * button, label…) is its own block, so block boundaries act as sentence boundaries.
 */
export const COLLECT_MAIN_TEXT = String.raw`(() => {
  const h = window.__ia;
  const EXCLUDE = 'nav,header,footer,aside,[role=navigation],[role=banner],[role=contentinfo],[role=complementary],script,style,noscript,template,svg,[aria-hidden="true"],[hidden]';
  const BLOCK = 'h1,h2,h3,h4,h5,h6,p,li,td,th,dt,dd,button,label,summary,legend,caption,figcaption,blockquote,pre,address,div,section,article,details,form,fieldset,table,ul,ol,dl,main,body,[role=heading],[role=listitem],[role=button]';
  function kindOf(el) {
    const t = el.localName;
    if (/^h[1-6]$/.test(t) || el.getAttribute('role') === 'heading') return 'heading';
    if (t === 'p') return 'paragraph';
    if (t === 'li' || t === 'dt' || t === 'dd' || el.getAttribute('role') === 'listitem') return 'list-item';
    if (t === 'td' || t === 'th') return 'cell';
    if (['button', 'label', 'summary', 'legend'].includes(t) || el.getAttribute('role') === 'button') return 'control';
    if (t === 'blockquote') return 'quote';
    return 'other';
  }
  let root = document.querySelector('main') ;
  let rootFound = 'main';
  if (!root) { root = document.querySelector('[role=main]'); rootFound = 'role-main'; }
  if (!root) {
    // The best candidate: the container holding the most paragraph text outside excluded regions.
    let best = null, bestLen = 0;
    for (const c of document.querySelectorAll('article, [class*="content" i], [id*="content" i], section, div')) {
      if (c.closest(EXCLUDE)) continue;
      let len = 0;
      for (const p of c.querySelectorAll(':scope > p, :scope > * > p')) len += (p.textContent || '').length;
      if (len > bestLen) { best = c; bestLen = len; }
    }
    root = best; rootFound = 'candidate';
  }
  if (!root) { root = document.body; rootFound = 'body'; }
  if (!root) return { root: null, rootFound: 'body', lang: null, blocks: [] };
  const buffers = new Map();
  const order = [];
  const visibleCache = new Map();
  const isVisible = (el) => { if (!visibleCache.has(el)) visibleCache.set(el, h.visible(el)); return visibleCache.get(el); };
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT, {
    acceptNode(node) {
      if (node.nodeType === 1) {
        if (node !== root && node.matches(EXCLUDE)) return NodeFilter.FILTER_REJECT;
        if (node.localName === 'br') return NodeFilter.FILTER_ACCEPT;
        return NodeFilter.FILTER_SKIP;
      }
      return NodeFilter.FILTER_ACCEPT;
    },
  });
  let node;
  while ((node = walker.nextNode())) {
    const parent = node.parentElement;
    if (!parent || !isVisible(parent)) continue;
    const block = parent.closest(BLOCK) || root;
    const owner = root.contains(block) ? block : root;
    const piece = node.nodeType === 1 ? '\n' : node.data;
    if (!buffers.has(owner)) { buffers.set(owner, ''); order.push(owner); }
    buffers.set(owner, buffers.get(owner) + piece);
  }
  const blocks = [];
  for (const el of order) {
    const text = buffers.get(el).replace(/[ \t\u00a0]+/g, ' ').replace(/\s*\n\s*/g, '\n').trim();
    if (!text) continue;
    blocks.push({
      selector: h.selector(el),
      tag: el.localName,
      kind: kindOf(el),
      text,
      lang: h.langOf(el),
      italic: getComputedStyle(el).fontStyle === 'italic',
    });
  }
  return { root: h.selector(root), rootFound, lang: document.documentElement.getAttribute('lang'), blocks };
})()`;
