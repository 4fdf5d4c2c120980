// `inclusive-audit evidence <report.json> --out DIR`: the DTAC section D evidence pack as HTML and JSON.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { writeFileAtomic } from '../audit.js';
import type { Report } from '../report.js';
import { renderEvidenceHtml } from './html.js';
import { buildEvidencePack } from './pack.js';

export { buildEvidencePack, DISCLAIMER, QUESTION_STATUSES, type EvidencePack, type QuestionEvidence, type QuestionStatus } from './pack.js';
export { renderEvidenceHtml } from './html.js';

/** Write evidence.json and evidence.html into `dir` (made if missing); return their paths. */
export function writeEvidencePack(report: Report, dir: string): string[] {
  mkdirSync(dir, { recursive: true });
  const pack = buildEvidencePack(report);
  const json = join(dir, 'evidence.json');
  const html = join(dir, 'evidence.html');
  writeFileAtomic(json, `${JSON.stringify(pack, null, 2)}\n`);
  writeFileAtomic(html, renderEvidenceHtml(pack));
  return [json, html];
}
