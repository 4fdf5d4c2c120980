// The command line: inclusive-audit <url...>, inclusive-audit demo and inclusive-audit evidence.
// Exit codes: 0 gate passed, 1 gate failed, 2 usage or config error, 3 runtime failure.
// main() never exits the process: src/bin.ts does, so tests can run the CLI in-process.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { audit, auditSnapshots, writeFileAtomic, type SavedSnapshots } from './audit.js';
import { baselineFrom, compareWithBaseline, readBaseline, writeBaseline } from './baseline.js';
import { loadConfig, REPORTER_NAMES, type Config, type LoadedConfig, type ReporterName } from './config.js';
import { exampleSiteDir } from './demo.js';
import { UsageError } from './errors.js';
import { writeEvidencePack } from './evidence/index.js';
import { gate, type GatePolicy } from './gate.js';
import type { AuditOptions } from './options.js';
import { createProgress } from './progress.js';
import { ReportSchema, type Report } from './report.js';
import { REPORTERS } from './reporters/index.js';
import { formatText } from './reporters/text.js';
import { serveDirectory } from './serve.js';
import { VERSION } from './version.js';

export interface CliStream {
  write(s: string): unknown;
  isTTY?: boolean;
}
export interface CliIO {
  stdout: CliStream;
  stderr: CliStream;
  cwd: string;
  env: NodeJS.ProcessEnv;
}

const SEVERITY_CHOICES = ['critical', 'serious', 'moderate', 'minor', 'none'] as const;

const positiveInt = (name: string) => (value: string) => {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError(`${name} must be a whole number of 1 or more, got "${value}".`);
  return n;
};
const wholeNumber = (name: string) => (value: string) => {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new InvalidArgumentError(`${name} must be a whole number of 0 or more, got "${value}".`);
  return n;
};
const collect = (value: string, previous: string[] = []) => [...previous, value];

interface CliFlags {
  config?: string;
  maxPages?: number;
  maxDepth?: number;
  sampleInteractive?: number;
  concurrency?: number;
  crawl: boolean;
  sitemap?: string;
  include?: string[];
  exclude?: string[];
  reporter?: string[];
  format?: ReporterName;
  output?: string;
  timeout?: number;
  robots: boolean;
  quiet?: boolean;
  failOn?: (typeof SEVERITY_CHOICES)[number];
  includeNeedsReview?: boolean;
  baseline?: string;
  updateBaseline?: boolean;
  saveSnapshots?: string;
  fromSnapshots?: string;
}

function auditFlags(cmd: Command): Command {
  return cmd
    .option('--config <file>', 'config file (default: inclusive-audit.config.json, .mjs or .js, found from this folder up to the project root)')
    .option('--max-pages <n>', 'most pages to audit', positiveInt('--max-pages'))
    .option('--max-depth <n>', 'most links to follow from a start page', wholeNumber('--max-depth'))
    .option('--sample-interactive <n>', 'keyboard, zoom and reflow checks on at most n pages per URL template; 0 for every page (default 5)', wholeNumber('--sample-interactive'))
    .option('--concurrency <n>', 'browser tabs to use at once (default 2)', positiveInt('--concurrency'))
    .option('--no-crawl', 'audit only the given URLs; follow no links')
    .option('--sitemap <url>', 'audit the pages a sitemap (or sitemap index) lists')
    .option('--include <glob>', 'only crawl paths matching this glob, e.g. "/services/**" (repeatable)', collect)
    .option('--exclude <glob>', 'do not crawl paths matching this glob (repeatable)', collect)
    .option('--reporter <name[=file]>', `write a report: ${REPORTER_NAMES.join(', ')}; with no file it goes to the terminal (repeatable)`, collect)
    .addOption(new Option('--format <format>', 'report format for the terminal or --output').choices(REPORTER_NAMES))
    .option('--output <file>', 'write the report to a file instead of the terminal')
    .option('--timeout <seconds>', 'time allowed for each page to load and be checked (default 30)', positiveInt('--timeout'))
    .option('--no-robots', 'ignore robots.txt')
    .addOption(new Option('--fail-on <severity>', 'fail on findings of this severity or worse (default serious)').choices(SEVERITY_CHOICES))
    .option('--include-needs-review', 'count findings that need checking by hand, as well as problems')
    .option('--baseline <file>', 'fail only on findings that are not in this baseline file')
    .option('--update-baseline', 'write the findings of this run to the baseline file')
    .option('--save-snapshots <file>', 'save what was gathered, to audit again later without a browser')
    .option('--from-snapshots <file>', 'audit saved snapshots again, without a browser')
    .option('--quiet', 'print no progress');
}

/** Parse "html=report.html", "text" or "text=-": a reporter and where it writes (null: the terminal). */
export function parseReporter(spec: string, cwd: string): { name: ReporterName; file: string | null } {
  const eq = spec.indexOf('=');
  const name = (eq < 0 ? spec : spec.slice(0, eq)).trim();
  const file = eq < 0 ? '' : spec.slice(eq + 1).trim();
  if (!(REPORTER_NAMES as string[]).includes(name)) throw new UsageError(`--reporter ${spec}: "${name}" is not a reporter. Use one of: ${REPORTER_NAMES.join(', ')}.`);
  return { name: name as ReporterName, file: file === '' || file === '-' ? null : resolve(cwd, file) };
}

function reporterTargets(flags: CliFlags, config: Config, cwd: string) {
  let targets: { name: ReporterName; file: string | null }[];
  if (flags.reporter?.length) targets = flags.reporter.map((r) => parseReporter(r, cwd));
  else if (flags.format || flags.output) targets = [{ name: flags.format ?? 'text', file: flags.output ? resolve(cwd, flags.output) : null }];
  else if (config.reporters && Object.keys(config.reporters).length) {
    targets = Object.entries(config.reporters).map(([name, file]) => ({ name: name as ReporterName, file: file === '-' ? null : file! }));
  } else targets = [{ name: 'text', file: null }];
  if (targets.filter((t) => t.file === null).length > 1) throw new UsageError('Only one reporter can write to the terminal. Give the others a file, e.g. --reporter html=report.html');
  return targets;
}

/** Config first, then the flags given on the command line on top. */
function optionsFrom(urls: string[], flags: CliFlags, cmd: Command, loaded: LoadedConfig, cwd: string): AuditOptions {
  const c = loaded.config;
  const fromCli = (key: string) => cmd.getOptionValueSource(key) === 'cli';
  return {
    urls: urls.length ? urls : (c.urls ?? []),
    sitemap: flags.sitemap ?? c.sitemap,
    crawl: fromCli('crawl') ? flags.crawl : (c.crawl ?? true),
    maxPages: flags.maxPages ?? c.maxPages,
    maxDepth: flags.maxDepth ?? c.maxDepth,
    sampleInteractive: flags.sampleInteractive ?? c.sampleInteractive,
    concurrency: flags.concurrency ?? c.concurrency,
    include: flags.include ?? c.include,
    exclude: flags.exclude ?? c.exclude,
    respectRobots: fromCli('robots') ? flags.robots : (c.respectRobots ?? true),
    pageTimeoutMs: flags.timeout ? flags.timeout * 1000 : c.pageTimeoutMs,
    rules: c.rules,
    extraRules: loaded.extraRules,
    saveSnapshots: flags.saveSnapshots ? resolve(cwd, flags.saveSnapshots) : undefined,
  };
}

function policyFrom(flags: CliFlags, c: Config): GatePolicy {
  const levels: Record<string, 'off' | 'warn' | 'error'> = {};
  for (const [id, s] of Object.entries(c.rules ?? {})) {
    const level = typeof s === 'string' ? s : s.level;
    if (level) levels[id] = level;
  }
  return {
    failOn: flags.failOn ?? c.failOn ?? 'serious',
    includeNeedsReview: flags.includeNeedsReview ?? c.includeNeedsReview ?? false,
    rules: levels,
    thresholds: c.thresholds ?? {},
    maxFindings: c.maxFindings,
  };
}

function readSnapshots(file: string): SavedSnapshots {
  if (!existsSync(file)) throw new UsageError(`--from-snapshots: the file ${file} does not exist.`);
  let saved: SavedSnapshots;
  try {
    saved = JSON.parse(readFileSync(file, 'utf8')) as SavedSnapshots;
  } catch (err) {
    throw new UsageError(`--from-snapshots: ${file} is not valid JSON: ${(err as Error).message}`);
  }
  if (!Array.isArray(saved?.site?.pages) || !Array.isArray(saved.startUrls)) throw new UsageError(`--from-snapshots: ${file} is not a snapshot file written by --save-snapshots.`);
  return saved;
}

interface RunInput {
  urls: string[];
  flags: CliFlags;
  cmd: Command;
  io: CliIO;
  /** demo: the exit code is 0 whatever the gate says. */
  alwaysZero?: boolean;
}

/** Run an audit (or re-audit snapshots), apply baseline and gate, write the reports; return the exit code. */
async function run({ urls, flags, cmd, io, alwaysZero }: RunInput): Promise<number> {
  const loaded = await loadConfig({ cwd: io.cwd, file: flags.config });
  const config = loaded.config;
  const targets = reporterTargets(flags, config, io.cwd);
  const policy = policyFrom(flags, config);
  const baselineFile = flags.baseline ? resolve(io.cwd, flags.baseline) : config.baseline;
  if (flags.updateBaseline && !baselineFile) throw new UsageError('--update-baseline needs a baseline file: give --baseline FILE or "baseline" in the config.');
  const oldBaseline = baselineFile && !flags.updateBaseline ? readBaseline(baselineFile) : undefined;

  let report: Report;
  let aborted = false;
  if (flags.fromSnapshots) {
    if (urls.length || flags.sitemap) throw new UsageError('Give either URLs or --from-snapshots, not both.');
    report = auditSnapshots(readSnapshots(resolve(io.cwd, flags.fromSnapshots)), { rules: config.rules, extraRules: loaded.extraRules });
  } else {
    const options = optionsFrom(urls, flags, cmd, loaded, io.cwd);
    if (io.env.INCLUSIVE_AUDIT_CHROME) options.executablePath = io.env.INCLUSIVE_AUDIT_CHROME;
    if (options.urls!.length === 0 && !options.sitemap) throw new UsageError('Give at least one URL to audit, --sitemap <url>, or "urls" in the config. Try: inclusive-audit demo');
    const abort = new AbortController();
    const onSignal = () => {
      if (abort.signal.aborted) process.exit(130);
      io.stderr.write('\nStopping: finishing the pages already open. Press Ctrl+C again to quit at once.\n');
      abort.abort();
    };
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
    const progress = createProgress({ stream: io.stderr, quiet: flags.quiet, ci: io.env.CI === 'true' || io.env.CI === '1' });
    try {
      report = await audit({ ...options, signal: abort.signal, onProgress: (p) => progress.update(p) });
    } finally {
      progress.stop();
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
    }
    aborted = abort.signal.aborted;
  }

  if (baselineFile) {
    const baseline = flags.updateBaseline ? baselineFrom(report) : oldBaseline!;
    if (flags.updateBaseline) writeBaseline(baselineFile, baseline);
    report.baseline = compareWithBaseline(report, baseline, baselineFile);
  }
  report.gate = gate(report, policy);

  for (const t of targets) {
    const colour = t.file === null && io.stdout.isTTY === true && !io.env.NO_COLOR;
    const body = t.name === 'text' ? formatText(report, { colour }) : REPORTERS[t.name](report);
    if (t.file) writeFileAtomic(t.file, body);
    else io.stdout.write(body);
  }
  if (!flags.quiet) {
    if (report.baseline) {
      const b = report.baseline;
      io.stderr.write(
        flags.updateBaseline
          ? `Baseline written to ${b.file}: ${report.findings.length} finding(s).\n`
          : `Baseline ${b.file}: ${b.new.length} new finding(s), ${b.fixed.length} fixed, ${b.unchanged} unchanged.\n`,
      );
    }
    for (const t of targets) if (t.file) io.stderr.write(`Wrote the ${t.name} report to ${t.file}\n`);
  }
  if (aborted) return 130;
  return alwaysZero || report.gate.passed ? 0 : 1;
}

export function buildProgram(io: CliIO, setCode: (code: number) => void): Command {
  const program = new Command()
    .name('inclusive-audit')
    .description('Audit a health or care website for accessibility and digital inclusion.')
    .version(VERSION)
    .configureOutput({ writeOut: (s) => void io.stdout.write(s), writeErr: (s) => void io.stderr.write(s) })
    .showHelpAfterError('(run inclusive-audit --help for the options)')
    .exitOverride()
    .enablePositionalOptions()
    .argument('[urls...]', 'start URLs to audit');
  auditFlags(program).action(async (urls: string[], flags: CliFlags, cmd: Command) => {
    setCode(await run({ urls, flags, cmd, io }));
  });
  auditFlags(program.command('demo'))
    .description('serve the bundled example GP practice site on 127.0.0.1 and audit it')
    .option('--clean', 'audit the clean version of the example site')
    .action(async (flags: CliFlags & { clean?: boolean }, cmd: Command) => {
      const server = await serveDirectory(exampleSiteDir(flags.clean ? 'gp-practice-clean' : 'gp-practice'));
      try {
        if (!flags.quiet) io.stderr.write(`Serving the example GP practice site at ${server.url}/\n`);
        setCode(await run({ urls: [`${server.url}/`], flags, cmd, io, alwaysZero: true }));
      } finally {
        await server.close();
      }
    });
  program
    .command('evidence')
    .description('write a DTAC section D evidence pack (HTML and JSON) from a JSON report')
    .argument('<report>', 'a report written with --reporter json=FILE')
    .requiredOption('--out <dir>', 'folder to write evidence.html and evidence.json into')
    .action((reportFile: string, flags: { out: string }) => {
      const report = readReport(resolve(io.cwd, reportFile));
      const written = writeEvidencePack(report, resolve(io.cwd, flags.out));
      for (const f of written) io.stderr.write(`Wrote ${f}\n`);
      setCode(0);
    });
  return program;
}

function readReport(file: string): Report {
  if (!existsSync(file)) throw new UsageError(`The report ${file} does not exist.`);
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    throw new UsageError(`The report ${file} is not valid JSON: ${(err as Error).message}`);
  }
  const parsed = ReportSchema.safeParse(raw);
  if (!parsed.success) throw new UsageError(`The report ${file} is not an inclusive-audit JSON report (write one with --reporter json=FILE).`);
  return parsed.data;
}

const DEFAULT_IO: CliIO = { stdout: process.stdout, stderr: process.stderr, cwd: process.cwd(), env: process.env };

/** Run the CLI with process.argv-style arguments and return the exit code. */
export async function main(argv: string[], io: Partial<CliIO> = {}): Promise<number> {
  const full: CliIO = { ...DEFAULT_IO, cwd: process.cwd(), ...io };
  let code = 0;
  try {
    await buildProgram(full, (c) => (code = c)).parseAsync(argv);
    return code;
  } catch (err) {
    if (err instanceof CommanderError) {
      if (err.code === 'commander.helpDisplayed' || err.code === 'commander.version' || err.code === 'commander.help') return 0;
      return 2;
    }
    const exit = typeof (err as { exitCode?: unknown }).exitCode === 'number' ? (err as { exitCode: number }).exitCode : 3;
    full.stderr.write(`inclusive-audit: ${(err as Error).message}\n`);
    return exit;
  }
}
