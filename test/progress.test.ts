// Progress goes to stderr only: plain lines every few seconds off a terminal, nothing when quiet.
import { describe, expect, it } from 'vitest';
import { createProgress, describeProgress } from '../src/progress.js';

function stream(isTTY = false) {
  const lines: string[] = [];
  return { isTTY, write: (s: string) => lines.push(s), lines };
}

describe('progress', () => {
  it('prints a line every interval when not on a terminal, and the last state at the end', () => {
    let now = 0;
    const err = stream();
    const p = createProgress({ stream: err, intervalMs: 5000, now: () => now });
    p.update({ done: 1, queued: 9, errors: 0 });
    now = 5000;
    p.update({ done: 2, queued: 8, errors: 1 });
    now = 6000;
    p.update({ done: 3, queued: 7, errors: 1 });
    p.stop();
    expect(err.lines).toEqual(['Audited 2 of 10 pages (8 queued), 1 error, about 20s left\n', 'Audited 3 of 10 pages (7 queued), 1 error, about 14s left\n']);
  });

  it('prints plain lines in CI even on a terminal, and nothing with --quiet', () => {
    const ci = stream(true);
    const p = createProgress({ stream: ci, ci: true, intervalMs: 0 });
    p.update({ done: 1, queued: 0, errors: 0 });
    expect(ci.lines).toEqual(['Audited 1 of 1 page (0 queued), 0 errors\n']);
    const quiet = stream(true);
    const q = createProgress({ stream: quiet, quiet: true, intervalMs: 0 });
    q.update({ done: 1, queued: 1, errors: 0 });
    q.stop();
    expect(quiet.lines).toEqual([]);
  });

  it('draws a live bar on a terminal', () => {
    const tty = stream(true);
    const p = createProgress({ stream: Object.assign(tty, { columns: 120, cursorTo: () => true, clearLine: () => true, moveCursor: () => true }) });
    p.update({ done: 1, queued: 3, errors: 2 });
    p.update({ done: 2, queued: 2, errors: 2 });
    p.stop();
    expect(tty.lines.join('')).toMatch(/2\/4 pages \| 2 queued \| 2 errors/);
  });

  it('estimates time left from the pace so far', () => {
    expect(describeProgress({ done: 4, queued: 8, errors: 0 }, 60_000)).toBe('Audited 4 of 12 pages (8 queued), 0 errors, about 2m 0s left');
  });
});
