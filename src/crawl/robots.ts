// robots.txt, read with the maintained robots-parser package.
import robotsParser from 'robots-parser';
import { fetchText } from './http.js';

export const ROBOTS_AGENT = 'inclusive-audit';

export interface Robots {
  isAllowed(url: string): boolean;
  sitemaps: string[];
}

/** A missing or unreadable robots.txt allows everything. */
export async function loadRobots(origin: string): Promise<Robots> {
  const robotsUrl = new URL('/robots.txt', origin).toString();
  let text = '';
  try {
    const res = await fetchText(robotsUrl);
    if (res.status >= 200 && res.status < 300) text = res.text;
  } catch {
    text = '';
  }
  const parsed = robotsParser(robotsUrl, text);
  return {
    isAllowed: (url) => parsed.isAllowed(url, ROBOTS_AGENT) !== false,
    sitemaps: parsed.getSitemaps(),
  };
}
