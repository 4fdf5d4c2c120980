// npm run setup: build the package, then make sure a Chrome or Chromium is available.
// Browser downloads fail on machines that reach only the npm registry and Debian's packages, so on
// Debian, as root, this installs Debian's chromium with apt-get. Elsewhere it says what to do.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const run = (cmd, args) => {
  const r = spawnSync(cmd, args, { stdio: 'inherit' });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed with exit code ${r.status}`);
};

run('npm', ['run', '--silent', 'build']);
const { resolveExecutable } = await import('../dist/index.js');

async function findBrowser() {
  try {
    return await resolveExecutable();
  } catch {
    return null;
  }
}

let browser = await findBrowser();
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
if (!browser && process.platform === 'linux' && isRoot && existsSync('/etc/debian_version') && existsSync('/usr/bin/apt-get')) {
  console.log('No browser found. Installing Debian\'s chromium with apt-get (about 30 seconds)…');
  run('apt-get', ['update', '-qq']);
  run('apt-get', ['install', '-y', '-qq', 'chromium']);
  browser = await findBrowser();
}
if (!browser) {
  console.error([
    'inclusive-audit needs Chrome or Chromium, and none was found.',
    '  - On Debian or Ubuntu: sudo apt-get install chromium',
    '  - With internet access: npx puppeteer browsers install chrome',
    '  - Or set INCLUSIVE_AUDIT_CHROME to the path of a Chrome or Chromium program.',
  ].join('\n'));
  process.exit(1);
}
const version = execFileSync(browser, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
console.log(`Browser: ${browser} (${version})`);
