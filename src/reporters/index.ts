// The reporter registry: each reporter turns the report into a string. The CLI writes the string
// to a file or to stdout (--reporter name=file).
import type { Report } from '../report.js';
import { formatCsv } from './csv.js';
import { formatHtml } from './html.js';
import { formatJson } from './json.js';
import { formatJunit } from './junit.js';
import { formatMarkdown } from './markdown.js';
import { formatSarif } from './sarif.js';
import { formatText } from './text.js';

export type Reporter = (report: Report) => string;

export const REPORTERS = {
  text: (report) => formatText(report),
  json: formatJson,
  html: formatHtml,
  markdown: (report) => formatMarkdown(report),
  junit: formatJunit,
  sarif: formatSarif,
  csv: formatCsv,
} satisfies Record<string, Reporter>;

export type ReporterName = keyof typeof REPORTERS;

export { formatCsv, formatHtml, formatJson, formatJunit, formatMarkdown, formatSarif, formatText };
