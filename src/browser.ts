// Finds and launches headless Chromium. The temporary profile is removed on every exit path.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'puppeteer-core';
import { RuntimeError } from './errors.js';

/** Flags this kind of machine needs: no sandbox as root, and no background calls to the internet. */
export const LAUNCH_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
  '--mute-audio',
];

const SYSTEM_BROWSERS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

export const NO_BROWSER_HELP = [
  'No Chrome or Chromium browser was found.',
  'Do one of these:',
  '  - on Debian or Ubuntu, run: apt-get install chromium',
  '  - or run: npx puppeteer browsers install chrome',
  '  - or set INCLUSIVE_AUDIT_CHROME to the path of a Chrome or Chromium program.',
].join('\n');

/** puppeteer-core, loaded only when a browser is needed: importing it adds a URLPattern global. */
const loadPuppeteer = async () => (await import('puppeteer-core')).default;

/**
 * The browser the full `puppeteer` package downloaded, if the user installed it (an optional peer).
 * We depend on puppeteer-core, so installing inclusive-audit never downloads a browser by itself.
 */
async function puppeteerOwnBrowser(): Promise<string | null> {
  const name = 'puppeteer'; // a variable, so bundlers and tsc leave the optional import alone
  try {
    const mod = (await import(name)) as { default?: { executablePath(): string } };
    const path = mod.default?.executablePath();
    return path && existsSync(path) ? path : null;
  } catch {
    return null; // not installed, or it has no downloaded browser
  }
}

/** Resolve the browser: explicit option or env var, then puppeteer's own browser, then a system one. */
export async function resolveExecutable(explicit?: string, env: NodeJS.ProcessEnv = process.env): Promise<string> {
  const chosen = explicit ?? env.INCLUSIVE_AUDIT_CHROME ?? env.PUPPETEER_EXECUTABLE_PATH;
  if (chosen) {
    if (!existsSync(chosen)) throw new RuntimeError(`The browser path "${chosen}" does not exist.\n${NO_BROWSER_HELP}`);
    return chosen;
  }
  const own = await puppeteerOwnBrowser();
  if (own) return own;
  const system = SYSTEM_BROWSERS.find((p) => existsSync(p));
  if (system) return system;
  throw new RuntimeError(NO_BROWSER_HELP);
}

export interface LaunchedBrowser {
  browser: Browser;
  close(): Promise<void>;
}

const openProfiles = new Set<string>();
const openProcesses = new Set<import('node:child_process').ChildProcess>();
let exitHookInstalled = false;

/** On any exit, however sudden, kill browsers still running and remove their profiles. */
function installExitHook(): void {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  process.once('exit', () => {
    for (const p of openProcesses) if (p.exitCode === null) p.kill('SIGKILL');
    for (const dir of openProfiles) rmSync(dir, { recursive: true, force: true });
  });
}

export async function launchBrowser(opts: { executablePath?: string } = {}): Promise<LaunchedBrowser> {
  const executablePath = await resolveExecutable(opts.executablePath);
  const puppeteer = await loadPuppeteer();
  const profile = mkdtempSync(join(tmpdir(), 'inclusive-audit-'));
  openProfiles.add(profile);
  installExitHook();
  let browser: Browser;
  try {
    browser = await puppeteer.launch({
      executablePath,
      headless: true,
      userDataDir: profile,
      args: LAUNCH_ARGS,
      protocolTimeout: 60_000,
      // The CLI handles signals itself, so it can stop cleanly and still clean up.
      handleSIGINT: false,
      handleSIGTERM: false,
      handleSIGHUP: false,
    });
  } catch (err) {
    rmSync(profile, { recursive: true, force: true });
    openProfiles.delete(profile);
    throw new RuntimeError(`The browser at ${executablePath} would not start: ${(err as Error).message}`);
  }
  const proc = browser.process();
  if (proc) openProcesses.add(proc);
  let closed = false;
  return {
    browser,
    async close() {
      if (closed) return;
      closed = true;
      await Promise.race([browser.close().catch(() => {}), new Promise((r) => setTimeout(r, 5000))]);
      if (proc && proc.exitCode === null) proc.kill('SIGKILL');
      if (proc) openProcesses.delete(proc);
      rmSync(profile, { recursive: true, force: true });
      openProfiles.delete(profile);
    },
  };
}
