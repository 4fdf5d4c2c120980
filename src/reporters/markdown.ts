// Markdown for pull-request comments: a summary table, then findings, most severe first, cut to
// fit a size limit (GitHub allows 65,536 characters in a comment) with a note of what was left out.
// Page text is escaped so it cannot add HTML, links, images, tables or @mentions.
import type { Finding } from '../findings.js';
import type { Report } from '../report.js';
import { bySeverity, OUTCOME_LABEL, pathOf, SEVERITY_ORDER, truncate, oneLine } from './shared.js';

export interface MarkdownOptions {
  /** Hard limit on the length of the output, in characters. */
  maxChars?: number;
}

/**
 * Escape page text for Markdown. Characters that can open HTML, links, images, code, emphasis,
 * tables, maths or entities are backslash-escaped; ":" and "www." are escaped too, which stops
 * autolinks. A zero-width space after "@" and "#" stops mentions and issue links. Line breaks
 * become spaces, so page text can never start a new block (headings, lists, quotes).
 */
export function mdEscape(s: string): string {
  return oneLine(s)
    .replace(/[\\`*_{}[\]()<>&|!~:$^]/g, (c) => `\\${c}`)
    .replace(/www\./gi, (m) => `${m.slice(0, 3)}\\.`)
    .replace(/([@#])/g, '$1\u200b');
}

const SNIPPET_MAX = 200;
const MESSAGE_MAX = 400;

export function formatMarkdown(report: Report, opts: MarkdownOptions = {}): string {
  const maxChars = opts.maxChars ?? 60_000;
  const s = report.summary;
  const head: string[] = [];
  head.push(`## Accessibility and inclusion: ${mdEscape(report.startUrl)}`, '');
  head.push(
    `inclusive-audit ${mdEscape(report.tool.version)} checked ${s.pages.audited} page(s) on ${mdEscape(report.auditDate)}. ` +
      `It found **${s.findings.fail}** problem(s) and **${s.findings.needsReview}** thing(s) to check by hand.` +
      (s.pages.error ? ` ${s.pages.error} page(s) could not be audited.` : ''),
    '',
  );
  if (report.gate) head.push(report.gate.passed ? '**Gate: passed.**' : `**Gate: failed.** ${report.gate.reasons.map(mdEscape).join('; ')}`, '');
  head.push('| Severity | Problems | To check by hand |', '| --- | ---: | ---: |');
  for (const sev of SEVERITY_ORDER) head.push(`| ${sev} | ${s.bySeverity[sev].fail} | ${s.bySeverity[sev].needsReview} |`);
  head.push('');

  const findings = bySeverity(report.findings);
  const footer = (left: Finding[]) => {
    const lines = ['', '_Automated checks find only some accessibility problems. Test with real people and assistive technology too._', ''];
    if (left.length === 0) return lines.join('\n');
    const fails = left.filter((f) => f.outcome === 'fail').length;
    return [
      '',
      `**${left.length} more finding(s) are not shown here** (${fails} problem(s), ${left.length - fails} to check by hand) to keep this comment short. See the full report.`,
      ...lines,
    ].join('\n');
  };
  let out = head.join('\n');
  if (findings.length) out += '\n### Findings, most severe first\n\n';
  // The worst-case footer: reserve its room before adding findings.
  const reserve = footer(findings).length + 16;
  if (out.length + reserve > maxChars) return fit(head.slice(0, 3).join('\n') + footer(findings), maxChars);
  let shown = 0;
  for (const f of findings) {
    const item = findingItem(f, shown + 1);
    if (out.length + item.length + reserve > maxChars) break;
    out += item;
    shown++;
  }
  return fit(out + footer(findings.slice(shown)), maxChars);
}

function findingItem(f: Finding, n: number): string {
  const where = `${mdEscape(pathOf(f.url))}${f.selector ? `, element ${mdEscape(truncate(f.selector, SNIPPET_MAX))}` : ''}`;
  const lines = [`${n}. **${OUTCOME_LABEL[f.outcome]}, ${f.severity}:** ${mdEscape(truncate(f.message, MESSAGE_MAX))}`];
  lines.push(`   Rule ${mdEscape(f.ruleId)} on ${where}${f.wcag.length ? `. WCAG ${f.wcag.map(mdEscape).join(', ')}` : ''}`);
  if (f.html) lines.push(`   Snippet: ${mdEscape(truncate(f.html, SNIPPET_MAX))}`);
  return `${lines.join('  \n')}\n`;
}

/** Last line of defence for tiny limits: never return more than asked. */
function fit(s: string, max: number): string {
  if (s.length <= max) return s;
  return `${s.slice(0, Math.max(0, max - 1)).replace(/[\uD800-\uDBFF]$/, '').replace(/\\+$/, '')}…`;
}
