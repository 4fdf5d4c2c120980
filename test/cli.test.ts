// The CLI, run in-process through main(): one test per exit code, reporters, config and snapshots.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../src/cli.js';
import { exampleSiteDir } from '../src/demo.js';
import { ReportSchema } from '../src/report.js';
import { serveDirectory, type StaticServer } from '../src/serve.js';

function capture(extra: { isTTY?: boolean } = {}) {
  let text = '';
  return { write: (s: string) => ((text += s), true), get text() { return text; }, ...extra };
}

async function cli(args: string[], env: NodeJS.ProcessEnv = {}) {
  const stdout = capture();
  const stderr = capture();
  const code = await main(['node', 'inclusive-audit', ...args], { stdout, stderr, cwd: dir, env: { ...env } });
  return { code, stdout: stdout.text, stderr: stderr.text };
}

let dir: string;
let server: StaticServer;
let first: Awaited<ReturnType<typeof cli>>;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'ia-cli-'));
  server = await serveDirectory(exampleSiteDir('gp-practice'));
  // One real audit in Chromium; later tests re-audit its snapshots without a browser.
  first = await cli([`${server.url}/`, '--max-pages', '3', '--quiet', '--save-snapshots', 'snap.json', '--reporter', 'json=report.json', '--reporter', 'sarif=out/../a11y.sarif']);
}, 120_000);
afterAll(async () => {
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('exit codes', () => {
  it('1 when the gate fails: the planted site has serious problems', () => {
    expect(first.stderr).toBe('');
    expect(first.code).toBe(1);
    const report = ReportSchema.parse(JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8')));
    expect(report.gate?.passed).toBe(false);
    expect(report.summary.pages.audited).toBe(3);
    expect(JSON.parse(readFileSync(join(dir, 'a11y.sarif'), 'utf8')).version).toBe('2.1.0');
    expect(first.stdout).toBe('');
  });

  it('0 when the gate passes: the same snapshots with --fail-on none', async () => {
    const r = await cli(['--from-snapshots', 'snap.json', '--fail-on', 'none', '--reporter', 'json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).gate).toEqual({ passed: true, reasons: [] });
  });

  it('0 for demo, whatever it finds; progress goes to stderr, the report to stdout', async () => {
    const r = await cli(['demo', '--max-pages', '3', '--reporter', 'json'], { CI: 'true' });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).gate.passed).toBe(false);
    expect(r.stderr).toMatch(/^Audited 3 of \d+ pages \(\d+ queued\), 0 errors/m);
    expect(r.stdout).not.toMatch(/Audited|Serving/);
  });

  it('2 for a bad flag, naming it', async () => {
    const r = await cli(['https://example.org/', '--fail-on', 'sometimes']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--fail-on/);
    expect(r.stderr).toMatch(/sometimes/);
    const bad = await cli(['--from-snapshots', 'snap.json', '--reporter', 'pdf=x.pdf']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/"pdf" is not a reporter/);
  });

  it('2 for a bad config, naming the field and the problem', async () => {
    const cfg = join(dir, 'bad.config.json');
    writeFileSync(cfg, JSON.stringify({ maxPages: '2MB', rules: { 'no-such-rule': 'warn' } }));
    const r = await cli(['--config', cfg, 'https://example.org/']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('maxPages: expected a positive whole number, got "2MB"');
  });

  it('3 when there is no browser', async () => {
    const r = await cli([`${server.url}/`, '--no-crawl', '--quiet'], { INCLUSIVE_AUDIT_CHROME: '/nonexistent' });
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/browser path "\/nonexistent" does not exist/);
  });

  it('3 when the start URL cannot be reached', async () => {
    const closed = await serveDirectory(exampleSiteDir('gp-practice'));
    const url = `${closed.url}/`;
    await closed.close();
    const r = await cli([url, '--quiet']);
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/could not be reached/);
  });
});

describe('config and flags', () => {
  it('reads the config found in the folder, and flags override it', async () => {
    writeFileSync(join(dir, 'inclusive-audit.config.json'), JSON.stringify({ failOn: 'none', reporters: { json: 'from-config.json' } }));
    try {
      const passing = await cli(['--from-snapshots', 'snap.json', '--quiet']);
      expect(passing.code).toBe(0);
      expect(existsSync(join(dir, 'from-config.json'))).toBe(true);
      const failing = await cli(['--from-snapshots', 'snap.json', '--quiet', '--fail-on', 'serious', '--reporter', 'text']);
      expect(failing.code).toBe(1);
      expect(failing.stdout).toMatch(/Gate: failed/);
    } finally {
      rmSync(join(dir, 'inclusive-audit.config.json'));
    }
  });

  it('turns rules off and to "warn" from the config', async () => {
    const report = JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8'));
    const failing = [...new Set(report.findings.filter((f: { outcome: string }) => f.outcome === 'fail').map((f: { ruleId: string }) => f.ruleId))] as string[];
    expect(failing.length).toBeGreaterThan(1);
    const cfg = join(dir, 'warn.config.json');
    writeFileSync(cfg, JSON.stringify({ rules: Object.fromEntries(failing.map((id, i) => [id, i === 0 ? 'off' : 'warn'])) }));
    const r = await cli(['--from-snapshots', 'snap.json', '--config', cfg, '--reporter', 'json']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.findings.some((f: { ruleId: string }) => f.ruleId === failing[0])).toBe(false);
    expect(out.findings.some((f: { ruleId: string }) => f.ruleId === failing[1])).toBe(true);
  });

  it('refuses two reporters on the terminal', async () => {
    const r = await cli(['--from-snapshots', 'snap.json', '--reporter', 'text', '--reporter', 'json']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/Only one reporter can write to the terminal/);
  });
});

describe('baseline', () => {
  it('fails only on new findings, and says which are fixed', async () => {
    const base = join(dir, 'baseline.json');
    const written = await cli(['--from-snapshots', 'snap.json', '--baseline', 'baseline.json', '--update-baseline', '--reporter', 'json=b1.json']);
    expect(written.code).toBe(0);
    const entries = JSON.parse(readFileSync(base, 'utf8')).entries as { fingerprint: string; ruleId: string }[];
    expect(entries.length).toBeGreaterThan(0);

    const same = await cli(['--from-snapshots', 'snap.json', '--baseline', 'baseline.json', '--reporter', 'json']);
    expect(same.code).toBe(0);
    expect(JSON.parse(same.stdout).baseline).toMatchObject({ new: [], fixed: [] });
    expect(same.stderr).toMatch(/0 new finding\(s\), 0 fixed/);

    // Drop one failing entry: that finding is new again and fails the gate; add a stale one: it is fixed.
    const report = JSON.parse(readFileSync(join(dir, 'b1.json'), 'utf8'));
    const serious = report.findings.find((f: { outcome: string; severity: string }) => f.outcome === 'fail' && ['serious', 'critical'].includes(f.severity));
    const stale = { fingerprint: 'ffffffffffffffff', ruleId: 'broken-links', url: `${server.url}/gone`, message: 'old' };
    const edited = { ...JSON.parse(readFileSync(base, 'utf8')) };
    edited.entries = [...entries.filter((e) => e.fingerprint !== serious.fingerprint), stale];
    writeFileSync(base, JSON.stringify(edited));
    const changed = await cli(['--from-snapshots', 'snap.json', '--baseline', 'baseline.json', '--reporter', 'json']);
    expect(changed.code).toBe(1);
    const out = JSON.parse(changed.stdout);
    expect(out.baseline.new).toEqual([serious.fingerprint]);
    expect(out.baseline.fixed).toEqual([{ fingerprint: stale.fingerprint, ruleId: 'broken-links', url: stale.url }]);
    expect(out.gate.reasons.join(' ')).toContain(serious.ruleId);
  });

  it('2 when the baseline file is missing', async () => {
    const r = await cli(['--from-snapshots', 'snap.json', '--baseline', 'nope.json']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/does not exist\. Create it with --update-baseline/);
  });
});

describe('Ctrl+C', () => {
  it('stops cleanly: the pages already open finish, the rest are recorded as not audited, and the exit code is 130', async () => {
    const { generateSite } = await import('../bench/generate-site.mjs');
    const site = await serveDirectory(generateSite(join(dir, 'big'), 80));
    try {
      const running = cli([`${site.url}/`, '--max-pages', '80', '--quiet', '--format', 'json']);
      await new Promise((r) => setTimeout(r, 2500));
      process.emit('SIGINT');
      const r = await running;
      expect(r.code).toBe(130);
      expect(r.stderr).toMatch(/Stopping/);
      const report = ReportSchema.parse(JSON.parse(r.stdout));
      expect(report.summary.pages.audited).toBeGreaterThan(0);
      expect(report.pages.filter((p) => p.error?.includes('stopped before this page')).length).toBeGreaterThan(0);
      expect(process.listenerCount('SIGINT')).toBe(0);
    } finally {
      await site.close();
    }
  }, 60_000);
});
