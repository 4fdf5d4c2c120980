// Sitemaps and sitemap index files, parsed with fast-xml-parser. Gzipped sitemaps are unpacked.
import { gunzipSync } from 'node:zlib';
import { XMLParser } from 'fast-xml-parser';
import { UsageError } from '../errors.js';
import { fetchText } from './http.js';

const parser = new XMLParser({ ignoreAttributes: true, removeNSPrefix: true });
const asArray = <T>(v: T | T[] | undefined): T[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);

/** All page URLs a sitemap lists, following index files up to a few levels deep. */
export async function readSitemap(url: string, maxUrls = 50_000, depth = 0): Promise<string[]> {
  if (depth > 3) return [];
  let res;
  try {
    res = await fetchText(url);
  } catch (err) {
    throw new UsageError(`The sitemap ${url} could not be fetched: ${(err as Error).message}`);
  }
  if (res.status >= 400) throw new UsageError(`The sitemap ${url} answered HTTP ${res.status}.`);
  const xml = res.body[0] === 0x1f && res.body[1] === 0x8b ? gunzipSync(res.body).toString('utf8') : res.text;
  let doc: any;
  try {
    doc = parser.parse(xml);
  } catch (err) {
    throw new UsageError(`The sitemap ${url} is not valid XML: ${(err as Error).message}`);
  }
  if (doc?.sitemapindex) {
    const out: string[] = [];
    for (const s of asArray(doc.sitemapindex.sitemap)) {
      const loc = typeof s?.loc === 'string' ? s.loc.trim() : null;
      if (!loc) continue;
      out.push(...(await readSitemap(new URL(loc, url).toString(), maxUrls - out.length, depth + 1)));
      if (out.length >= maxUrls) break;
    }
    return out.slice(0, maxUrls);
  }
  if (doc?.urlset) {
    return asArray(doc.urlset.url)
      .map((u: any) => (typeof u?.loc === 'string' ? new URL(u.loc.trim(), url).toString() : null))
      .filter((u: string | null): u is string => u !== null)
      .slice(0, maxUrls);
  }
  throw new UsageError(`The file at ${url} is not a sitemap: it has no <urlset> or <sitemapindex>.`);
}
