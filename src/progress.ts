// Crawl progress on stderr, never stdout: a live bar on a terminal, a plain line every few
// seconds in CI or a log file, and nothing with --quiet.
import cliProgress from 'cli-progress';
import type { CrawlProgress } from './engine/crawl.js';

export interface ProgressStream {
  write(s: string): unknown;
  isTTY?: boolean;
}

export interface ProgressOptions {
  stream: ProgressStream;
  quiet?: boolean;
  /** CI=true: plain lines even on a terminal. */
  ci?: boolean;
  /** Milliseconds between plain lines (default 5000). */
  intervalMs?: number;
  now?: () => number;
}

export interface Progress {
  update(p: CrawlProgress): void;
  /** Print the last state and stop. */
  stop(): void;
}

export function createProgress(opts: ProgressOptions): Progress {
  if (opts.quiet) return { update() {}, stop() {} };
  if (opts.stream.isTTY && !opts.ci) return liveBar(opts.stream);
  return plainLines(opts);
}

/** "Audited 3 of 10 pages (7 queued), 1 error, about 12s left" */
export function describeProgress(p: CrawlProgress, elapsedMs: number): string {
  const total = p.done + p.queued;
  const left = p.done > 0 && p.queued > 0 ? `, about ${formatSeconds(((elapsedMs / p.done) * p.queued) / 1000)} left` : '';
  return `Audited ${p.done} of ${total} page${total === 1 ? '' : 's'} (${p.queued} queued), ${p.errors} error${p.errors === 1 ? '' : 's'}${left}`;
}

function formatSeconds(s: number): string {
  if (s < 60) return `${Math.ceil(s)}s`;
  return `${Math.floor(s / 60)}m ${Math.ceil(s % 60)}s`;
}

function plainLines(opts: ProgressOptions): Progress {
  const now = opts.now ?? Date.now;
  const interval = opts.intervalMs ?? 5000;
  const start = now();
  let last = start;
  let latest: CrawlProgress | undefined;
  let printed: CrawlProgress | undefined;
  const print = (p: CrawlProgress) => {
    printed = p;
    opts.stream.write(`${describeProgress(p, now() - start)}\n`);
  };
  return {
    update(p) {
      latest = p;
      if (now() - last < interval) return;
      last = now();
      print(p);
    },
    stop() {
      if (latest && latest !== printed) print(latest);
    },
  };
}

function liveBar(stream: ProgressStream): Progress {
  const bar = new cliProgress.SingleBar(
    {
      stream: stream as NodeJS.WriteStream,
      format: 'Auditing [{bar}] {value}/{total} pages | {queued} queued | {errors} errors | {eta_formatted} left',
      etaBuffer: 20,
      hideCursor: true,
      clearOnComplete: true,
      noTTYOutput: false,
    },
    cliProgress.Presets.shades_classic,
  );
  let started = false;
  return {
    update(p) {
      const total = Math.max(1, p.done + p.queued);
      if (!started) {
        bar.start(total, p.done, { queued: p.queued, errors: p.errors });
        started = true;
        return;
      }
      bar.setTotal(total);
      bar.update(p.done, { queued: p.queued, errors: p.errors });
    },
    stop() {
      if (started) bar.stop();
    },
  };
}
