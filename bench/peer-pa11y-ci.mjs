// The peer the spine issue names: pa11y-ci 4.1.1 with its axe runner, on the same generated site.
// pa11y-ci cannot crawl, so it is given every page's URL. It is not a dependency: install it
// outside the project and point at it, e.g.
//   mkdir /tmp/peer && cd /tmp/peer && npm init -y && PUPPETEER_SKIP_DOWNLOAD=true npm install pa11y-ci@4.1.1
//   PA11Y_CI=/tmp/peer/node_modules/.bin/pa11y-ci node bench/peer-pa11y-ci.mjs 100 2
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LAUNCH_ARGS, resolveExecutable, serveDirectory } from '../dist/index.js';
import { generateSite } from './generate-site.mjs';

const bin = process.env.PA11Y_CI;
if (!bin) {
  console.error('Set PA11Y_CI to the pa11y-ci program (see the comment at the top of this file).');
  process.exit(2);
}
const pages = Number(process.argv[2] ?? 100);
const concurrency = Number(process.argv[3] ?? 2);
const dir = generateSite(mkdtempSync(join(tmpdir(), 'ia-peer-')), pages);
const server = await serveDirectory(dir);
const urls = Array.from({ length: pages }, (_, i) => `${server.url}/${i === 0 ? '' : `page-${i}.html`}`);
const config = join(dir, 'pa11yci.json');
writeFileSync(config, JSON.stringify({
  defaults: { concurrency, runners: ['axe'], timeout: 60_000, chromeLaunchConfig: { executablePath: await resolveExecutable(), args: LAUNCH_ARGS } },
  urls,
}));
const started = performance.now();
const child = spawn(bin, ['--config', config, '--json'], { stdio: ['ignore', 'pipe', 'inherit'] });
let out = '';
child.stdout.on('data', (d) => (out += d));
const code = await new Promise((r) => child.on('exit', r));
const seconds = (performance.now() - started) / 1000;
await server.close();
rmSync(dir, { recursive: true, force: true });
let passed = 'unknown';
try {
  const json = JSON.parse(out);
  passed = `${json.total} tested, ${json.errors} errors reported`;
} catch {}
console.log(`pa11y-ci, axe runner, concurrency ${concurrency}: ${pages} pages in ${seconds.toFixed(2)} s = ${(pages / seconds).toFixed(2)} pages/s (exit code ${code}; ${passed})`);
