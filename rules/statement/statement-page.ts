// Finding the accessibility statement: the links to it and the crawled statement page.
import type { Link, PageSnapshot, SiteArtifacts } from '../../src/artifacts.js';
import { isEnglishPage, linksMatching, mainText, pagesOfKind } from '../site-facts.js';
import { hasPhrase } from '../text-match.js';

const STATEMENT_WORDS = ['accessibility statement', 'accessibility', 'accessibility help', 'web accessibility'];

/** Links that lead to an accessibility statement. */
export function statementLinks(links: readonly Link[]): Link[] {
  return linksMatching(links, STATEMENT_WORDS, /accessibility[-_]?statement/i);
}

export interface Statement {
  page: PageSnapshot;
  text: string;
}

/** The crawled statement page, when it is HTML and in English. */
export function findStatement(site: SiteArtifacts): Statement | undefined {
  const candidates = pagesOfKind(site, 'statement').filter(isEnglishPage);
  const page = candidates.find((p) => hasPhrase(mainText(p), ['accessibility statement', 'accessibility regulations', 'web content accessibility guidelines'])) ?? candidates[0];
  return page ? { page, text: mainText(page) } : undefined;
}

/** "fully", "partially" or "not" compliant, as the statement claims; null when it says none. */
export function complianceClaim(text: string): 'fully' | 'partially' | 'not' | null {
  const m = /\b(fully|partially|partly|not|non)[\s-]+compliant\b/i.exec(text);
  if (!m) return null;
  const word = m[1]!.toLowerCase();
  return word === 'fully' ? 'fully' : word === 'partially' || word === 'partly' ? 'partially' : 'not';
}

/** WCAG success criterion numbers the text cites, such as 1.1.1 or 2.4.11. */
export function citedCriteria(text: string): string[] {
  return [...new Set([...text.matchAll(/(?<![\d.])([1-4]\.[1-5]\.\d{1,2})(?![\d.]?\d)/g)].map((m) => m[1]!))];
}
