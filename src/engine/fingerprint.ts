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

/** Element signature: the selector without positional indexes, plus the tag and its first words of text. */
export function elementSignature(selector: string | null, html: string | null): string {
  if (!selector) return '';
  const shape = selector.replace(/:nth-(of-type|child)\(\d+\)/g, '').replace(/\s+/g, ' ').trim();
  const tag = html?.match(/^<([a-z0-9-]+)/i)?.[1]?.toLowerCase() ?? '';
  const text = (html ?? '').replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' ').trim().slice(0, 40).toLowerCase();
  return `${shape}|${tag}|${text}`;
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
