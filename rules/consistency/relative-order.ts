// Helpers for "same relative order" checks across pages (WCAG 3.2.3 and 3.2.6).
import { normaliseUrl } from '../../src/crawl/url.js';
import type { Link } from '../../src/artifacts.js';

/** Links in the parts of the page that repeat: header, menus and footer. */
export const REPEATED_REGIONS = new Set<Link['region']>(['header', 'nav', 'footer']);

/** A link's identity across pages: where it goes and what it says. */
export function linkKey(link: Link): string {
  return `${normaliseUrl(link.href) ?? link.href} ${link.text.toLowerCase().replace(/\s+/g, ' ').trim()}`;
}

/** First occurrences only, in order. */
export function unique<T>(items: readonly T[]): T[] {
  return [...new Set(items)];
}

/**
 * Items found in both lists that are out of order in `other` compared with `ref`: the common
 * items that are not part of the longest common subsequence.
 */
export function movedItems(ref: readonly string[], other: readonly string[]): string[] {
  const inOther = new Set(other);
  const inRef = new Set(ref);
  const a = ref.filter((x) => inOther.has(x));
  const b = other.filter((x) => inRef.has(x));
  const dp: number[][] = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) dp[i]![j] = a[i] === b[j] ? dp[i + 1]![j + 1]! + 1 : Math.max(dp[i + 1]![j]!, dp[i]![j + 1]!);
  }
  const kept = new Set<string>();
  for (let i = 0, j = 0; i < a.length && j < b.length; ) {
    if (a[i] === b[j]) { kept.add(a[i]!); i++; j++; } else if (dp[i + 1]![j]! >= dp[i]![j + 1]!) i++; else j++;
  }
  return b.filter((x) => !kept.has(x));
}
