// URL normalisation and scope: the crawler never leaves the origins it starts from.
import picomatch from 'picomatch';

/** Query parameters that only track visitors; they never change the page. */
const TRACKING_PARAMS = /^(utm_\w+|fbclid|gclid|dclid|msclkid|mc_cid|mc_eid|_ga|_gl|sessionid|phpsessid|jsessionid|sid)$/i;

/** Canonical form: no fragment, no duplicate slashes, no /index.html, sorted query without tracking. */
export function normaliseUrl(input: string, base?: string): string | null {
  let u: URL;
  try {
    u = new URL(input, base);
  } catch {
    return null;
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
  u.hash = '';
  u.username = '';
  u.password = '';
  u.pathname = u.pathname.replace(/\/{2,}/g, '/').replace(/\/index\.html?$/i, '/');
  const params = [...u.searchParams.entries()].filter(([k]) => !TRACKING_PARAMS.test(k));
  params.sort(([a, av], [b, bv]) => (a === b ? av.localeCompare(bv) : a.localeCompare(b)));
  u.search = new URLSearchParams(params).toString();
  return u.toString();
}

const DOCUMENT_EXT =
  /\.(pdf|docx?|odt|rtf|xlsx?|ods|csv|pptx?|odp|txt|zip|jpe?g|png|gif|svg|webp|avif|ico|bmp|tiff?|mp3|wav|ogg|m4a|mp4|webm|mov|avi|epub|ics|xml|json)$/i;

/** A link to a non-HTML resource, by its extension: recorded as a document, never rendered. */
export function looksLikeDocument(url: string): boolean {
  try {
    return DOCUMENT_EXT.test(new URL(url).pathname);
  } catch {
    return false;
  }
}

export function isHtmlContentType(contentType: string | null | undefined): boolean {
  if (!contentType) return true;
  return /text\/html|application\/xhtml\+xml/i.test(contentType);
}

export interface ScopeOptions {
  origins: readonly string[];
  include?: readonly string[];
  exclude?: readonly string[];
}

/** Same-origin by default; include and exclude are globs on the path and query, e.g. "/news/**". */
export function createScope(opts: ScopeOptions) {
  const origins = new Set(opts.origins.map((o) => new URL(o).origin));
  const include = opts.include?.length ? picomatch(opts.include as string[], { dot: true }) : null;
  const exclude = opts.exclude?.length ? picomatch(opts.exclude as string[], { dot: true }) : null;
  return {
    sameOrigin(url: string): boolean {
      try {
        return origins.has(new URL(url).origin);
      } catch {
        return false;
      }
    },
    /** Whether the crawler may follow this URL. */
    allows(url: string): boolean {
      if (!this.sameOrigin(url)) return false;
      const u = new URL(url);
      const target = u.pathname + u.search;
      if (include && !include(u.pathname) && !include(target)) return false;
      if (exclude && (exclude(u.pathname) || exclude(target))) return false;
      return true;
    },
  };
}
export type Scope = ReturnType<typeof createScope>;

/** Caps distinct query strings per path, so endless calendars and filters do not eat the crawl. */
export function createQueryTrapGuard(maxVariantsPerPath = 5) {
  const variants = new Map<string, Set<string>>();
  return (url: string): boolean => {
    const u = new URL(url);
    if (!u.search) return true;
    const key = u.origin + u.pathname;
    const seen = variants.get(key) ?? new Set<string>();
    variants.set(key, seen);
    if (seen.has(u.search)) return true;
    if (seen.size >= maxVariantsPerPath) return false;
    seen.add(u.search);
    return true;
  };
}

/** The URL's template: its path with numbers generalised and its query values dropped, so
 * /news/2026/11/flu and /news/2025/10/flu share one, and /page-7.html and /page-8.html share one. */
export function urlTemplate(url: string): string {
  const u = new URL(url);
  const keys = [...new URLSearchParams(u.search).keys()].sort().join('&');
  return `${u.origin}${u.pathname.replace(/\d+/g, '#')}${keys ? `?${keys}` : ''}`;
}
