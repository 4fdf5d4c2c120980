// CSV: one row per finding (RFC 4180), safe to open in a spreadsheet.
import type { Report } from '../report.js';

export const CSV_COLUMNS = ['outcome', 'severity', 'rule', 'page', 'selector', 'element', 'message', 'wcag', 'standards', 'fingerprint'] as const;

/**
 * One cell. Cells a spreadsheet would run as a formula (starting with = + - @, tab or CR) get a
 * leading apostrophe; cells with a quote, comma or line break are quoted, with quotes doubled.
 */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function formatCsv(report: Report): string {
  const rows: string[][] = [[...CSV_COLUMNS]];
  for (const f of report.findings) {
    rows.push([f.outcome, f.severity, f.ruleId, f.url, f.selector ?? '', f.html ?? '', f.message, f.wcag.join(' '), f.standards.join(' '), f.fingerprint]);
  }
  return rows.map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
