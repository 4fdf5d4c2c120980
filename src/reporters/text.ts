// The terminal report: a readable summary grouped by rule, with counts by standard and the worst pages.
import type { Report } from '../report.js';
import { standardItem } from '../standards.js';
import { pathOf } from './shared.js';

export interface TextOptions {
  colour?: boolean;
  /** How many findings to list under each rule before summarising the rest. */
  perRule?: number;
}

/** Remove control characters so page text cannot move the cursor or recolour the terminal. */
export function safeText(s: string): string {
  return s.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u001b]/g, '').replace(/\s+/g, ' ').trim();
}

/** Colour only on a terminal, and never when NO_COLOR is set to anything (https://no-color.org). */
export function useColour(stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv = process.env): boolean {
  if (env.NO_COLOR) return false;
  if (env.FORCE_COLOR && env.FORCE_COLOR !== '0') return true;
  return stream.isTTY === true;
}

export function formatText(report: Report, opts: TextOptions = {}): string {
  const c = colours(opts.colour ?? false);
  const perRule = opts.perRule ?? 5;
  const lines: string[] = [];
  const s = report.summary;
  lines.push(c.bold(`inclusive-audit ${report.tool.version} — ${safeText(report.startUrl)}`));
  lines.push(`Audited ${s.pages.audited} page(s); ${s.pages.error} could not be audited; ${s.pages.skipped} skipped.`);
  lines.push(`Found ${s.findings.fail} problem(s) and ${s.findings.needsReview} thing(s) to check by hand.`);
  if (report.gate) lines.push(report.gate.passed ? c.green('Gate: passed.') : c.red(`Gate: failed. ${report.gate.reasons.map(safeText).join('; ')}`));
  lines.push('');

  const rules = new Map(report.rules.map((r) => [r.id, r]));
  const groups = new Map<string, Report['findings']>();
  for (const f of report.findings) groups.set(f.ruleId, [...(groups.get(f.ruleId) ?? []), f]);
  for (const outcome of ['fail', 'needs-review'] as const) {
    const inOutcome = [...groups].filter(([, fs]) => fs[0]?.outcome === outcome || fs.some((f) => f.outcome === outcome));
    if (inOutcome.length === 0) continue;
    lines.push(c.bold(outcome === 'fail' ? 'Problems' : 'Check by hand'));
    for (const [ruleId, all] of inOutcome) {
      const fs = all.filter((f) => f.outcome === outcome);
      if (fs.length === 0) continue;
      const rule = rules.get(ruleId);
      const pages = new Set(fs.map((f) => f.url)).size;
      const sev = fs[0]!.severity;
      lines.push(`  ${outcome === 'fail' ? c.red('✗') : c.yellow('?')} ${c.bold(ruleId)} [${sev}] ${safeText(rule?.failureTitle ?? '')} — ${fs.length} on ${pages} page(s)`);
      const wcag = rule?.wcag.length ? `WCAG ${rule.wcag.join(', ')}; ` : '';
      lines.push(c.dim(`      ${wcag}${(rule?.standards ?? []).join(', ')}`));
      for (const f of fs.slice(0, perRule)) {
        lines.push(`      ${safeText(pathOf(f.url))}${f.selector ? `  ${c.dim(safeText(f.selector))}` : ''}`);
        lines.push(`        ${safeText(f.message)}`);
      }
      if (fs.length > perRule) lines.push(c.dim(`      …and ${fs.length - perRule} more.`));
    }
    lines.push('');
  }

  const standards = Object.entries(s.byStandard).sort(([a], [b]) => a.localeCompare(b));
  if (standards.length) {
    lines.push(c.bold('By standard'));
    for (const [id, n] of standards) {
      const title = standardItem(id)?.title;
      lines.push(`  ${id.padEnd(28)} ${String(n.fail).padStart(4)} problem(s) ${String(n.needsReview).padStart(4)} to check${title ? c.dim(`  ${title}`) : ''}`);
    }
    lines.push('');
  }
  if (s.worstPages.length) {
    lines.push(c.bold('Pages with most problems'));
    for (const p of s.worstPages.slice(0, 5)) lines.push(`  ${String(p.fail).padStart(4)} problem(s) ${String(p.needsReview).padStart(4)} to check  ${safeText(p.url)}`);
    lines.push('');
  }
  const failed = report.pages.filter((p) => p.outcome === 'error');
  if (failed.length) {
    lines.push(c.bold('Pages that could not be audited'));
    for (const p of failed) lines.push(`  ${safeText(p.url)}: ${safeText(p.error ?? 'unknown error')}`);
    lines.push('');
  }
  lines.push(c.dim('Automated checks find only some accessibility problems. Test with real people and assistive technology too.'));
  return `${lines.join('\n')}\n`;
}

function colours(on: boolean) {
  const wrap = (code: number, end: number) => (s: string) => (on ? `\u001b[${code}m${s}\u001b[${end}m` : s);
  return { bold: wrap(1, 22), dim: wrap(2, 22), red: wrap(31, 39), green: wrap(32, 39), yellow: wrap(33, 39) };
}
