// Builders for statement, AIS, GP and trust rule tests: pages written the way GP sites are.
import type { Link, PageSnapshot } from '../../src/artifacts.js';
import { page, TEST_ORIGIN } from './rule-tester.js';

export const link = (href: string, text: string, selector = `a[href="${href}"]`, region: Link['region'] = 'main'): Link => ({
  selector, href: new URL(href, TEST_ORIGIN).toString(), rawHref: href, text, rel: '', target: '', region, visible: true, download: false,
});

export const FOOTER: Link[] = [
  link('/accessibility-statement.html', 'Accessibility statement', 'footer a.a11y', 'footer'),
  link('/privacy.html', 'Privacy notice', 'footer a.privacy', 'footer'),
  link('/cookies.html', 'Cookies', 'footer a.cookies', 'footer'),
  link('/complaints.html', 'Complaints', 'footer a.complaints', 'footer'),
];

export interface PageSpec {
  title?: string;
  /** Main content paragraphs; each becomes a block with selector "main > p:nth-of-type(i)". */
  main?: string[];
  links?: Link[];
  lang?: string;
  depth?: number;
}

/** A GP site page: title, h1 (first paragraph), main text blocks, body text and footer links. */
export function gpPage(path: string, spec: PageSpec = {}): PageSnapshot {
  const main = spec.main ?? [];
  const title = spec.title ?? 'Riverside Medical Practice';
  const p = page(
    {
      Meta: { title, lang: spec.lang ?? 'en-GB', viewport: null, doctype: 'html', description: null, generator: null },
      Headings: [{ selector: 'h1', level: 1, text: title.split(' - ')[0]!, visible: true }],
      MainText: { root: 'main', rootFound: 'main', lang: spec.lang ?? 'en-GB', blocks: main.map((text, i) => ({ selector: `main > p:nth-of-type(${i + 1})`, tag: 'p', kind: 'paragraph' as const, text, lang: null, italic: false })) },
      BodyText: { text: [title, ...main].join('\n'), truncated: false },
      Links: [...(spec.links ?? []), ...FOOTER],
    },
    path,
  );
  return { ...p, depth: spec.depth ?? (path === '/' ? 0 : 1) };
}

export const HOME_TITLE = 'Home - Riverside Medical Practice';
