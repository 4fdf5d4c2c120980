#!/usr/bin/env node
// The command line: inclusive-audit <url...>, and inclusive-audit demo.
// Exit codes: 0 gate passed, 1 gate failed, 2 usage or config error, 3 runtime failure.
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { audit, writeFileAtomic } from './audit.js';
import { exampleSiteDir } from './demo.js';
import { UsageError } from './errors.js';
import { gate } from './gate.js';
import type { AuditOptions } from './options.js';
import type { Report } from './report.js';
import { formatJson } from './reporters/json.js';
import { formatText } from './reporters/text.js';
import { serveDirectory } from './serve.js';
import { VERSION } from './version.js';

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
  maxPages?: number;
  maxDepth?: number;
  concurrency?: number;
  crawl: boolean;
  sitemap?: string;
  include?: string[];
  exclude?: string[];
  format: 'text' | 'json';
  output?: string;
  timeout?: number;
  robots: boolean;
  quiet?: boolean;
  failOn: 'critical' | 'serious' | 'moderate' | 'minor' | 'none';
}

function auditFlags(cmd: Command): Command {
  return cmd
    .option('--max-pages <n>', 'most pages to audit', positiveInt('--max-pages'))
    .option('--max-depth <n>', 'most links to follow from a start page', wholeNumber('--max-depth'))
    .option('--concurrency <n>', 'browser tabs to use at once (default 2)', positiveInt('--concurrency'))
    .option('--no-crawl', 'audit only the given URLs; follow no links')
    .option('--sitemap <url>', 'audit the pages a sitemap (or sitemap index) lists')
    .option('--include <glob>', 'only crawl paths matching this glob, e.g. "/services/**" (repeatable)', collect)
    .option('--exclude <glob>', 'do not crawl paths matching this glob (repeatable)', collect)
    .addOption(new Option('--format <format>', 'report format').choices(['text', 'json']).default('text'))
    .option('--output <file>', 'write the report to a file instead of the terminal')
    .option('--timeout <seconds>', 'time allowed for each page to load and be checked (default 30)', positiveInt('--timeout'))
    .option('--no-robots', 'ignore robots.txt')
    .addOption(new Option('--fail-on <severity>', 'fail on findings of this severity or worse').choices(['critical', 'serious', 'moderate', 'minor', 'none']).default('serious'))
    .option('--quiet', 'print no progress');
}

function optionsFrom(urls: string[], flags: CliFlags): AuditOptions {
  return {
    urls,
    sitemap: flags.sitemap,
    crawl: flags.crawl,
    maxPages: flags.maxPages,
    maxDepth: flags.maxDepth,
    concurrency: flags.concurrency,
    include: flags.include,
    exclude: flags.exclude,
    respectRobots: flags.robots,
    pageTimeoutMs: flags.timeout ? flags.timeout * 1000 : undefined,
  };
}

/** Run an audit, print or write the report, and return the exit code. */
async function run(options: AuditOptions, flags: CliFlags, alwaysZero = false): Promise<number> {
  const abort = new AbortController();
  const onSignal = () => {
    if (abort.signal.aborted) process.exit(130);
    process.stderr.write('\nStopping: finishing the pages already open. Press Ctrl+C again to quit at once.\n');
    abort.abort();
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  const progress = flags.quiet ? undefined : progressPrinter();
  const report: Report = await audit({ ...options, signal: abort.signal, onProgress: progress });
  progress?.({ done: -1, queued: 0, errors: 0 });
  report.gate = gate(report, { failOn: flags.failOn });
  const body = flags.format === 'json' ? formatJson(report) : formatText(report, { colour: !flags.output && process.stdout.isTTY && !process.env.NO_COLOR });
  if (flags.output) writeFileAtomic(flags.output, body);
  else process.stdout.write(body);
  if (abort.signal.aborted) return 130;
  return alwaysZero || report.gate.passed ? 0 : 1;
}

/** Progress on stderr, never stdout: a line every few seconds. */
function progressPrinter() {
  let last = 0;
  return (p: { done: number; queued: number; errors: number }) => {
    if (p.done < 0) return;
    const now = Date.now();
    if (now - last < 2000) return;
    last = now;
    process.stderr.write(`Audited ${p.done} page(s), ${p.queued} to go, ${p.errors} error(s)\n`);
  };
}

export function buildProgram(): Command {
  const program = new Command()
    .name('inclusive-audit')
    .description('Audit a health or care website for accessibility and digital inclusion.')
    .version(VERSION)
    .argument('[urls...]', 'start URLs to audit')
    .showHelpAfterError('(run inclusive-audit --help for the options)')
    .exitOverride();
  auditFlags(program).action(async (urls: string[], flags: CliFlags) => {
    if (urls.length === 0 && !flags.sitemap) throw new UsageError('Give at least one URL to audit, or --sitemap <url>. Try: inclusive-audit demo');
    process.exitCode = await run(optionsFrom(urls, flags), flags);
  });
  auditFlags(program.command('demo'))
    .description('serve the bundled example GP practice site on 127.0.0.1 and audit it')
    .option('--clean', 'audit the clean version of the example site')
    .action(async (flags: CliFlags & { clean?: boolean }) => {
      const server = await serveDirectory(exampleSiteDir(flags.clean ? 'gp-practice-clean' : 'gp-practice'));
      try {
        process.stderr.write(`Serving the example GP practice site at ${server.url}/\n`);
        process.exitCode = await run(optionsFrom([`${server.url}/`], flags), flags, true);
      } finally {
        await server.close();
      }
    });
  return program;
}

export async function main(argv: string[]): Promise<number> {
  try {
    await buildProgram().parseAsync(argv);
    return typeof process.exitCode === 'number' ? process.exitCode : 0;
  } catch (err) {
    if (err instanceof CommanderError) {
      if (err.code === 'commander.helpDisplayed' || err.code === 'commander.version' || err.code === 'commander.help') return 0;
      return 2;
    }
    const code = typeof (err as { exitCode?: unknown }).exitCode === 'number' ? (err as { exitCode: number }).exitCode : 3;
    process.stderr.write(`inclusive-audit: ${(err as Error).message}\n`);
    return code;
  }
}

main(process.argv).then((code) => process.exit(code));
