// Crawl benchmark: generates an N-page local site, times the built CLI on it (axe and every
// default gatherer on), and prints pages per second and the peak memory of the whole process
// tree (Node plus Chromium, as PSS so shared pages are not counted twice).
// Usage: npm run build && node bench/crawl.mjs [pages=100] [concurrency=2] [more CLI flags]
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serveDirectory } from '../dist/index.js';
import { generateSite } from './generate-site.mjs';

const pages = Number(process.argv[2] ?? 100);
const concurrency = Number(process.argv[3] ?? 2);
const extra = process.argv.slice(4); // further CLI flags, e.g. --sample-interactive 0

/** PSS in KiB of a process and all its descendants, from /proc. */
function treePssKiB(rootPid) {
  const children = new Map();
  for (const d of readdirSync('/proc')) {
    if (!/^\d+$/.test(d)) continue;
    try {
      const ppid = Number(readFileSync(`/proc/${d}/stat`, 'utf8').split(') ')[1].split(' ')[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(d)]);
    } catch {}
  }
  let total = 0;
  const stack = [rootPid];
  while (stack.length) {
    const pid = stack.pop();
    try {
      const m = readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8').match(/^Pss:\s+(\d+)/m);
      if (m) total += Number(m[1]);
    } catch {}
    stack.push(...(children.get(pid) ?? []));
  }
  return total;
}

const dir = generateSite(mkdtempSync(join(tmpdir(), 'ia-bench-')), pages);
const server = await serveDirectory(dir);
const out = join(dir, 'report.json');
const started = process.hrtime.bigint();
const child = spawn(process.execPath, ['dist/cli.js', `${server.url}/`, '--max-pages', String(pages + 10), '--concurrency', String(concurrency), '--quiet', '--format', 'json', '--output', out, '--fail-on', 'none', ...extra], { stdio: 'inherit' });
let peak = 0;
const sampler = setInterval(() => (peak = Math.max(peak, treePssKiB(child.pid))), 100);
const code = await new Promise((r) => child.on('exit', r));
clearInterval(sampler);
const seconds = Number(process.hrtime.bigint() - started) / 1e9;
await server.close();
const report = JSON.parse(readFileSync(out, 'utf8'));
rmSync(dir, { recursive: true, force: true });
const audited = report.summary.pages.audited;
console.log(`inclusive-audit ${report.tool.version}, axe-core ${report.tool.axeVersion}, ${report.rules.length} rules, concurrency ${concurrency}`);
console.log(`pages audited: ${audited} of ${pages} (exit code ${code})`);
console.log(`time: ${seconds.toFixed(2)} s (including browser launch)`);
console.log(`throughput: ${(audited / seconds).toFixed(2)} pages/s`);
console.log(`peak memory (PSS, Node + Chromium): ${(peak / 1024).toFixed(0)} MiB`);
console.log('For comparison (shared/design/environment.md, same machine kind): pa11y-ci 4.1.1 at concurrency 2 ≈ 1.21 pages/s; @axe-core/cli ≈ 1.46 pages/s.');
