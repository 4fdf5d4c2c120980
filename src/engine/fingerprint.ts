// Stable finding fingerprints: rule + normalised URL path + an element signature that survives
// small DOM changes (nth-of-type positions and attribute noise are dropped).
import { createHash } from 'node:crypto';

export function normalisedPath(url: string): string {
  try {
    const u = new URL(url);
    const path = u.pathname.replace(/\/{2,}/g, '/').replace(/\/index\.html?$/i, '/').replace(/(.)\/$/, '$1');
    return path.toLowerCase() || '/';
  } catch {
    return url;
  }
}

/** Wrapper elements that come and go with small layout changes; they are left out of the signature. */
const WRAPPERS = new Set(['div', 'span', 'section', 'article']);
/** Attributes that identify an element; class, style and data-* change too often to count. */
const IDENTIFYING = ['id', 'name', 'type', 'href', 'src', 'for', 'role', 'alt', 'aria-label'];

/**
 * Element signature: the selector without positional indexes or bare wrappers, plus the tag, its
 * identifying attributes and its first words of text. An extra <div> or a reordered sibling keeps it.
 */
export function elementSignature(selector: string | null, html: string | null): string {
  if (!selector) return '';
  const shape = selector
    .replace(/:nth-(of-type|child)\(\d+\)/g, '')
    .split(/\s*>\s*|\s+/)
    .filter((part) => part && !WRAPPERS.has(part))
    .join(' ');
  const open = html?.match(/^<([a-z0-9-]+)([^>]*)>/i);
  const tag = open?.[1]?.toLowerCase() ?? '';
  const attrs = IDENTIFYING.map((name) => open?.[2]?.match(new RegExp(`\\s${name}\\s*=\\s*("[^"]*"|'[^']*'|[^\\s>]+)`, 'i'))?.[1])
    .map((v, i) => (v ? `${IDENTIFYING[i]}=${v.replace(/^["']|["']$/g, '')}` : ''))
    .filter(Boolean)
    .join(' ');
  const text = (html ?? '').replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' ').trim().slice(0, 40).toLowerCase();
  return `${shape}|${tag}|${attrs}|${text}`;
}

export function fingerprint(
  ruleId: string,
  url: string,
  selector: string | null,
  html: string | null,
  messageId: string,
  data?: Record<string, string | number>,
): string {
  // Page and site findings have no element; their message data (e.g. the broken URL) tells them apart.
  const extra = selector ? '' : JSON.stringify(data ?? {});
  const raw = [ruleId, normalisedPath(url), elementSignature(selector, html), messageId, extra].join('\n');
  return createHash('sha256').update(raw).digest('hex').slice(0, 16);
}
