// The evidence pack as one self-contained HTML page: no scripts, no external requests, and every
// string that came from a crawled page escaped.
import { escapeHtml as e } from '../reporters/html.js';
import { isWebUrl, pathOf } from '../reporters/shared.js';
import type { EvidencePack, QuestionStatus } from './pack.js';

const CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src 'none'; base-uri 'none'; form-action 'none'";

const STYLE = `
body { margin: 0 auto; max-width: 60rem; padding: 1rem 1.5rem; color: #212b32; font: 1rem/1.5 system-ui, Arial, sans-serif; }
h1 { font-size: 2rem; } h2 { font-size: 1.5rem; margin-top: 2.5rem; } h3 { font-size: 1.125rem; margin-bottom: 0.25rem; }
.warning { border-left: 8px solid #ffeb3b; background: #fff9c4; padding: 0.75rem 1rem; }
.status { display: inline-block; padding: 0 0.5rem; border: 2px solid currentColor; font-weight: 600; }
.supports { color: #006435; } .concerns { color: #b10e1e; } .untestable { color: #4c6272; }
table { border-collapse: collapse; width: 100%; } th, td { text-align: left; vertical-align: top; border-bottom: 1px solid #d8dde0; padding: 0.4rem; }
a { color: #005eb8; }
`;

const STATUS_CLASS: Record<QuestionStatus, string> = {
  'evidence supports': 'supports',
  'concerns found': 'concerns',
  'not testable automatically': 'untestable',
};

function status(s: QuestionStatus): string {
  return `<span class="status ${STATUS_CLASS[s]}">${e(s[0]!.toUpperCase() + s.slice(1))}</span>`;
}

function pageList(pages: readonly string[] | undefined): string {
  if (!pages?.length) return '';
  const items = pages.map((p) => `<li>${isWebUrl(p) ? `<a href="${e(p)}">${e(pathOf(p))}</a>` : e(p)}</li>`);
  return `<ul>${items.join('')}</ul>`;
}

export function renderEvidenceHtml(pack: EvidencePack): string {
  const out: string[] = [];
  out.push(`<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">`);
  out.push(`<meta http-equiv="Content-Security-Policy" content="${e(CSP)}"><title>DTAC section D evidence: ${e(pack.site)}</title><style>${STYLE}</style></head><body>`);
  out.push(`<header><h1>DTAC section D: automated evidence</h1>`);
  out.push(`<p>Site: ${e(pack.site)}. Audited on ${e(pack.auditDate)}: ${pack.pagesAudited} page(s), by ${e(pack.tool.name)} ${e(pack.tool.version)} with axe-core ${e(pack.tool.axeVersion)}.</p></header><main>`);
  out.push(`<p class="warning"><strong>Important:</strong> ${e(pack.disclaimer)}</p>`);

  out.push(`<h2>D1 questions</h2>`);
  for (const q of pack.questions) {
    out.push(`<section><h3>${e(q.code)}: ${e(q.title)}</h3><p>${status(q.status)}</p><p>${e(q.summary)}</p>`);
    if (q.evidence.length) {
      out.push('<ul>');
      for (const item of q.evidence) out.push(`<li><strong>${e(item.label)}</strong>: ${e(item.detail)}${pageList(item.pages)}</li>`);
      out.push('</ul>');
    }
    out.push('</section>');
  }

  out.push(`<h2>Scorecard by standard</h2>`);
  for (const fam of pack.scorecard) {
    out.push(`<h3>${e(fam.name)}</h3><table><thead><tr><th scope="col">Item</th><th scope="col">Status</th><th scope="col">Problems</th><th scope="col">To check</th><th scope="col">Rules</th></tr></thead><tbody>`);
    for (const entry of fam.entries) {
      out.push(`<tr><td>${e(entry.title)}</td><td>${status(entry.statusText)}</td><td>${entry.fail}</td><td>${entry.needsReview}</td><td>${e(entry.rules.join(', '))}</td></tr>`);
    }
    out.push('</tbody></table>');
  }

  const m = pack.manualChecklist;
  out.push(`<h2>Manual checklist</h2><p>Automation did not test these. A person must check each one.</p>`);
  out.push(`<h3>WCAG 2.2 A and AA criteria (${m.wcag.length})</h3><ul>${m.wcag.map((i) => `<li>${e(i.title)}: ${e(i.reason)}</li>`).join('')}</ul>`);
  out.push(`<h3>Standard points (${m.standards.length})</h3><ul>${m.standards.map((i) => `<li>${e(i.id)}: ${e(i.title)}</li>`).join('')}</ul>`);
  out.push(`<h3>Findings to check by hand (${m.needsReview.length})</h3>`);
  if (m.needsReview.length) {
    out.push('<table><thead><tr><th scope="col">Rule</th><th scope="col">Page</th><th scope="col">What to check</th></tr></thead><tbody>');
    for (const f of m.needsReview) out.push(`<tr><td>${e(f.ruleId)}</td><td>${e(pathOf(f.url))}${f.selector ? `<br><code>${e(f.selector)}</code>` : ''}</td><td>${e(f.message)}</td></tr>`);
    out.push('</tbody></table>');
  } else out.push('<p>None.</p>');
  out.push(`</main></body></html>\n`);
  return out.join('\n');
}
