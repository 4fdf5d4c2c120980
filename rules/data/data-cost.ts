// Plain-terms data costs, shared by the data rules.

/** Chrome DevTools' "Slow 3G" preset downloads at about 400 kilobits a second. */
export const SLOW_3G_BITS_PER_SECOND = 400_000;

/** "2.4 MB" (1 MB = 1,000,000 bytes, as networks count), or "350 KB" under 1 MB. */
export function megabytes(bytes: number): string {
  if (bytes < 1_000_000) return `${Math.max(1, Math.round(bytes / 1000))} KB`;
  return `${(bytes / 1_000_000).toFixed(1)} MB`;
}

/** Seconds to download on a slow 3G connection, ignoring latency, as "about 48 seconds" or "about 2 minutes". */
export function slow3gTime(bytes: number): string {
  const seconds = Math.round((bytes * 8) / SLOW_3G_BITS_PER_SECOND);
  if (seconds < 90) return `about ${Math.max(1, seconds)} second${seconds === 1 ? '' : 's'}`;
  return `about ${Math.round(seconds / 60)} minutes`;
}

/** Host names differ and neither is a subdomain of the other (www. aside). */
export function isThirdParty(resourceUrl: string, pageUrl: string): boolean {
  let a: string, b: string;
  try {
    a = new URL(resourceUrl).hostname.replace(/^www\./, '');
    b = new URL(pageUrl).hostname.replace(/^www\./, '');
  } catch {
    return false;
  }
  return a !== b && !a.endsWith(`.${b}`) && !b.endsWith(`.${a}`);
}
