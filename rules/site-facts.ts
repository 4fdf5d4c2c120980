// Facts about a crawled site that the statement, AIS, GP and trust rules share: the home page,
// the pages of a kind (contact, complaints…), page text, and whether the site is a care provider's.
import { artifactOf, type Link, type PageSnapshot, type SiteArtifacts } from '../src/artifacts.js';
import { normaliseUrl } from '../src/crawl/url.js';
import { hasPhrase, isEnglish, type Phrase } from './text-match.js';

/** One artifact of a snapshot, or undefined when it is missing, failed or skipped. */
export const artifact = artifactOf;

export const urlOf = (p: PageSnapshot): string => p.finalUrl || p.url;

/** Pages that answered with HTML and were gathered (error pages left out). */
export function okPages(site: SiteArtifacts): PageSnapshot[] {
  return site.pages.filter((p) => p.status === null || (p.status >= 200 && p.status < 400));
}

/** The start page, or the shallowest page when the start URL redirected. */
export function homePage(site: SiteArtifacts): PageSnapshot | undefined {
  const start = normaliseUrl(site.startUrl);
  const pages = okPages(site);
  return pages.find((p) => normaliseUrl(p.url) === start || normaliseUrl(urlOf(p)) === start) ?? [...pages].sort((a, b) => a.depth - b.depth)[0];
}

/** Visible text of the whole page. */
export function pageText(p: PageSnapshot): string {
  return artifact(p, 'BodyText')?.text ?? '';
}

/** Text of the main content only, falling back to the whole page. */
export function mainText(p: PageSnapshot): string {
  const main = artifact(p, 'MainText');
  return main && main.blocks.length ? main.blocks.map((b) => b.text).join('\n') : pageText(p);
}

export function isEnglishPage(p: PageSnapshot): boolean {
  return isEnglish(artifact(p, 'Meta')?.lang ?? artifact(p, 'MainText')?.lang);
}

const KINDS = {
  statement: { path: /accessib/i, title: /accessibility statement/i },
  contact: { path: /contact/i, title: /\bcontact\b/i },
  complaints: { path: /complain|feedback/i, title: /complain/i },
  register: { path: /regist|join|new-patient/i, title: /regist|join (the|our|us)|new patients?\b/i },
  privacy: { path: /privacy|gdpr|data-protection|fair-processing/i, title: /privacy|fair processing|how we use your (data|information)/i },
} as const;
export type PageKind = keyof typeof KINDS;

/** Pages of a kind, found by their address, title or main heading. */
export function pagesOfKind(site: SiteArtifacts, kind: PageKind): PageSnapshot[] {
  const { path, title } = KINDS[kind];
  return okPages(site).filter((p) => {
    const h1 = artifact(p, 'Headings')?.find((h) => h.level === 1)?.text ?? '';
    return path.test(new URL(urlOf(p)).pathname) || title.test(artifact(p, 'Meta')?.title ?? '') || title.test(h1);
  });
}

/** Links whose text or address matches: used for "is X linked from this page". */
export function linksMatching(links: readonly Link[], text: readonly Phrase[], href?: RegExp): Link[] {
  return links.filter((l) => hasPhrase(l.text, text) || (href !== undefined && href.test(l.href)));
}

const PROVIDER_NAME = /surgery|medical (practice|centre|center|group|partnership)|health ?(centre|center)|\bgp\b|group practice|family practice|\bpractice\b|clinic|hospital|nhs (foundation )?trust|care home|pharmacy|dental|dentist/i;

/**
 * Whether the site belongs to a care provider (a GP practice first). GP and AIS rules apply only
 * then: an NHS.UK health article, for example, has no appointments to book.
 */
export function isProviderSite(site: SiteArtifacts): boolean {
  const home = homePage(site);
  if (!home) return false;
  const title = artifact(home, 'Meta')?.title ?? '';
  const h1 = artifact(home, 'Headings')?.find((h) => h.level === 1)?.text ?? '';
  const brand = (artifact(home, 'Links') ?? []).filter((l) => l.region === 'header' && normaliseUrl(l.href) === normaliseUrl(urlOf(home))).map((l) => l.text).join(' ');
  return PROVIDER_NAME.test(`${title} ${h1} ${brand}`);
}

/** Unique normalised addresses. */
export const sameUrl = (a: string, b: string): boolean => normaliseUrl(a) === normaliseUrl(b);

/** The first main-content block whose text matches, to point a finding at it. */
export function blockMatching(p: PageSnapshot, phrases: readonly Phrase[]): { selector: string; text: string } | undefined {
  return artifact(p, 'MainText')?.blocks.find((b) => hasPhrase(b.text, phrases));
}
