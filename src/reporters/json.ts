import type { Report } from '../report.js';

/** The report as JSON, with a $schema pointer for editors and validators. */
export function formatJson(report: Report): string {
  return `${JSON.stringify({ $schema: 'https://unpkg.com/inclusive-audit/dist/report.schema.json', ...report }, null, 2)}\n`;
}
