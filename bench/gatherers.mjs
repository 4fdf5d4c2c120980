// Cost of each gatherer per page: audits a site (the example GP site by default, or a generated
// one of N pages) and prints the median and 90th percentile milliseconds of every gatherer.
// Usage: npm run build && node bench/gatherers.mjs [pages]
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { audit, serveDirectory } from '../dist/index.js';
import { generateSite } from './generate-site.mjs';

const n = process.argv[2] ? Number(process.argv[2]) : null;
const tmp = mkdtempSync(join(tmpdir(), 'ia-gatherers-'));
const dir = n ? generateSite(join(tmp, 'site'), n) : new URL('../fixtures/sites/gp-practice', import.meta.url).pathname;
const server = await serveDirectory(dir);
const file = join(tmp, 'snapshots.json');
const started = performance.now();
const report = await audit({ urls: [`${server.url}/`], maxPages: (n ?? 50) + 10, saveSnapshots: file });
const seconds = (performance.now() - started) / 1000;
await server.close();
const saved = JSON.parse(readFileSync(file, 'utf8'));
rmSync(tmp, { recursive: true, force: true });
const byName = {};
for (const page of saved.site.pages) for (const [name, ms] of Object.entries(page.timings ?? {})) (byName[name] ??= []).push(ms);
const pct = (xs, p) => xs.sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(p * xs.length))];
console.log(`${report.summary.pages.audited} pages in ${seconds.toFixed(1)} s (${(report.summary.pages.audited / seconds).toFixed(2)} pages/s)`);
console.log('gatherer        median ms   p90 ms');
const rows = Object.entries(byName).sort((a, b) => pct(b[1], 0.5) - pct(a[1], 0.5));
for (const [name, xs] of rows) console.log(`${name.padEnd(16)}${String(pct(xs, 0.5)).padStart(9)}${String(pct(xs, 0.9)).padStart(9)}`);
