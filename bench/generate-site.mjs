// Generates an N-page GP-style website in a folder, for the crawl benchmark and the 200-page test.
// Pages form a binary tree of links (page i links to 2i+1 and 2i+2), so a crawl must follow links
// to find them all; every page also has the same header, navigation and footer, about 200 elements.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const TOPICS = ['Appointments', 'Prescriptions', 'Test results', 'Vaccinations', 'Travel health', 'Sick notes', 'Carers', 'Long-term conditions'];

function pageHtml(i, n) {
  const topic = TOPICS[i % TOPICS.length];
  const children = [2 * i + 1, 2 * i + 2].filter((c) => c < n);
  const paras = Array.from({ length: 12 }, (_, k) =>
    `<p>You can ask us about ${topic.toLowerCase()} by phone, online or at reception. We will reply within 2 working days. Item ${k + 1} on page ${i}.</p>`).join('\n');
  const rows = Array.from({ length: 8 }, (_, k) => `<tr><td>Monday ${k + 1}</td><td>8am to 6:30pm</td></tr>`).join('\n');
  return `<!doctype html>
<html lang="en-GB">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${topic} ${i} - Bench Medical Practice</title>
<style>body{font-family:Arial,sans-serif;color:#212b32;margin:0}a{color:#005eb8}nav a,footer a{display:inline-block;padding:12px}main{max-width:960px;margin:0 auto;padding:16px}</style></head>
<body>
<a href="#main">Skip to main content</a>
<header><p>Bench Medical Practice</p>
<nav aria-label="Main"><a href="/">Home</a> <a href="/page-1.html">Appointments</a> <a href="/page-2.html">Prescriptions</a> <a href="/page-3.html">Test results</a> <a href="/page-4.html">Contact us</a></nav></header>
<main id="main">
<h1>${topic} (page ${i})</h1>
${paras}
<h2>Opening times</h2>
<table><caption>Opening times</caption><thead><tr><th scope="col">Day</th><th scope="col">Hours</th></tr></thead><tbody>
${rows}
</tbody></table>
<h2>More pages</h2>
<ul>${children.map((c) => `<li><a href="/page-${c}.html">${TOPICS[c % TOPICS.length]} page ${c}</a></li>`).join('')}</ul>
<form action="/search"><label for="q${i}">Search this website</label> <input id="q${i}" name="q" type="search"> <button>Search</button></form>
</main>
<footer><a href="/page-5.html">Accessibility statement</a> <a href="/page-6.html">Privacy notice</a> <a href="/page-7.html">Complaints</a></footer>
</body></html>`;
}

/** Write n pages: index.html is page 0, then page-1.html … page-(n-1).html. */
export function generateSite(dir, n) {
  mkdirSync(dir, { recursive: true });
  for (let i = 0; i < n; i++) writeFileSync(join(dir, i === 0 ? 'index.html' : `page-${i}.html`), pageHtml(i, n));
  return dir;
}
