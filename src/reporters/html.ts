// One self-contained HTML report. It loads nothing from anywhere: the CSS and the filter script are
// inline, allowed by hash in a strict Content Security Policy. Every string from the report is
// escaped, and the script only reads data-* attributes and sets `hidden` and `textContent`.
import { createHash } from 'node:crypto';
import type { Finding } from '../findings.js';
import type { Report } from '../report.js';
import { standardItem, wcagUrl } from '../standards.js';
import { isWebUrl, OUTCOME_LABEL, pathOf, ruleHelpUrl, SEVERITY_ORDER, TOOL_URL, truncate } from './shared.js';

/** Escape for HTML text and double-quoted attribute values. Control characters are dropped. */
export function escapeHtml(s: string): string {
  return s
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}
const e = escapeHtml;
const DOCS = `${TOOL_URL}/blob/main/docs/reporters.md`;

const STYLE = `
:root { color: #212b32; background: #fff; font: 1rem/1.5 system-ui, -apple-system, "Segoe UI", Arial, sans-serif; }
body { margin: 0; }
header, main, footer { max-width: 70rem; margin: 0 auto; padding: 1rem 1.5rem; }
header { border-bottom: 4px solid #005eb8; }
h1 { font-size: 2rem; margin: 0.5rem 0; }
h2 { font-size: 1.5rem; margin: 2rem 0 0.75rem; }
h3 { font-size: 1.125rem; margin: 0 0 0.5rem; }
a { color: #005eb8; display: inline-block; min-width: 24px; min-height: 24px; max-width: 100%; padding: 2px 0; overflow-wrap: anywhere; }
a:focus, select:focus, button:focus { outline: 3px solid #ffb81c; outline-offset: 2px; }
table { border-collapse: collapse; margin: 0.5rem 0 1rem; }
caption { text-align: left; font-weight: 600; padding-bottom: 0.25rem; }
th, td { border: 1px solid #aeb7bd; padding: 0.375rem 0.75rem; text-align: left; vertical-align: top; }
td.n { text-align: right; }
.filters { display: flex; flex-wrap: wrap; gap: 1rem; align-items: flex-end; background: #f0f4f5; padding: 1rem; border-radius: 4px; }
.filters div { display: flex; flex-direction: column; }
label { font-weight: 600; }
select, button { font: inherit; min-height: 44px; min-width: 44px; padding: 0.25rem 0.5rem; border: 2px solid #4c6272; border-radius: 4px; background: #fff; color: #212b32; max-width: 100%; }
.filters div { max-width: 100%; }
ul.ids { list-style: none; margin: 0; padding: 0; display: flex; flex-wrap: wrap; gap: 0 1rem; }
button { background: #005eb8; border-color: #005eb8; color: #fff; cursor: pointer; }
ol.findings { list-style: none; padding: 0; }
ol.findings > li { border: 1px solid #aeb7bd; border-left: 6px solid #4c6272; border-radius: 4px; padding: 1rem; margin: 0 0 1rem; }
ol.findings > li.fail { border-left-color: #d5281b; }
.badge { display: inline-block; padding: 0 0.5rem; border-radius: 3px; font-size: 0.875rem; font-weight: 600; margin-right: 0.25rem; }
.critical { background: #8a1538; color: #fff; }
.serious { background: #a33a00; color: #fff; }
.moderate { background: #ffeb3b; color: #212b32; }
.minor { background: #e8edee; color: #212b32; }
.review { background: #fff; color: #212b32; border: 1px solid #4c6272; }
dl { display: grid; grid-template-columns: max-content 1fr; gap: 0.25rem 1rem; margin: 0.5rem 0 0; }
dt { font-weight: 600; }
dd { margin: 0; min-width: 0; overflow-wrap: anywhere; }
@media (max-width: 40rem) { dl { grid-template-columns: 1fr; } dd { margin-bottom: 0.5rem; } }
code, pre { font-family: ui-monospace, Menlo, Consolas, monospace; font-size: 0.875rem; background: #f0f4f5; color: #212b32; }
pre { white-space: pre-wrap; overflow-wrap: anywhere; padding: 0.5rem; margin: 0; border-radius: 3px; }
code { overflow-wrap: anywhere; }
.muted { color: #4c6272; }
[hidden] { display: none !important; }
`;

const SCRIPT = `
(function () {
  var form = document.getElementById('filters');
  var status = document.getElementById('shown');
  var items = Array.prototype.slice.call(document.querySelectorAll('li[data-rule]'));
  var names = ['severity', 'outcome', 'standard', 'rule', 'page'];
  function matches(el, name, want) {
    if (!want) return true;
    if (name === 'standard') return (el.getAttribute('data-standard') || '').split(' ').indexOf(want) >= 0;
    return el.getAttribute('data-' + name) === want;
  }
  function apply() {
    var shown = 0;
    items.forEach(function (el) {
      var ok = names.every(function (name) { return matches(el, name, form.elements[name].value); });
      el.hidden = !ok;
      if (ok) shown++;
    });
    status.textContent = 'Showing ' + shown + ' of ' + items.length + ' findings.';
  }
  form.addEventListener('change', apply);
  form.addEventListener('submit', function (ev) { ev.preventDefault(); apply(); });
  form.addEventListener('reset', function () { setTimeout(apply, 0); });
  form.hidden = false;
  apply();
})();
`;

const sha256 = (s: string) => `'sha256-${createHash('sha256').update(s, 'utf8').digest('base64')}'`;
export const HTML_CSP = `default-src 'none'; style-src ${sha256(STYLE)}; script-src ${sha256(SCRIPT)}; img-src 'none'; base-uri 'none'; form-action 'none'`;

export function formatHtml(report: Report): string {
  const s = report.summary;
  const rules = new Map(report.rules.map((r) => [r.id, r]));
  const site = report.startUrl;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${e(HTML_CSP)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>Accessibility report: ${e(site)} (inclusive-audit)</title>
<style>${STYLE}</style>
</head>
<body>
<header>
<p class="muted">inclusive-audit ${e(report.tool.version)}, axe-core ${e(report.tool.axeVersion)}</p>
<h1>Accessibility and inclusion report</h1>
<p>Site: ${link(site, site)}. Audited on ${e(report.auditDate)}.</p>
</header>
<main>
<h2 id="summary">Summary</h2>
<p>We checked ${s.pages.audited} page(s). ${s.pages.error} could not be audited and ${s.pages.skipped} were skipped. We found <strong>${s.findings.fail} problem(s)</strong> and <strong>${s.findings.needsReview} thing(s) to check by hand</strong>.</p>
${report.gate ? `<p><strong>Gate: ${report.gate.passed ? 'passed' : 'failed'}.</strong> ${report.gate.reasons.map(e).join('; ')}</p>` : ''}
${severityTable(report)}
${standardsTable(report)}
${worstPages(report)}
${brokenPages(report)}
<h2 id="findings">Findings</h2>
${report.findings.length ? findingsSection(report.findings, rules) : '<p>No findings. Automated checks cannot find every problem, so test with real people too.</p>'}
</main>
<footer>
<p class="muted">Automated checks find only some accessibility problems. They cannot show that a site complies with a standard. Test with real people and assistive technology too.</p>
<p>${link(`${DOCS}#accessibility-statement-for-the-html-report`, 'Accessibility statement')} for this report. ${link(`${DOCS}#privacy-notice`, 'Privacy notice')}: this file holds what the audited pages showed, and nothing else.</p>
</footer>
<script>${SCRIPT}</script>
</body>
</html>
`;
}

/** A link only for http(s) URLs; anything else is shown as text. */
function link(url: string, text: string): string {
  return isWebUrl(url) ? `<a href="${e(url)}" rel="noreferrer">${e(text)}</a>` : e(text);
}

function severityTable(report: Report): string {
  const rows = SEVERITY_ORDER.map((sev) => {
    const n = report.summary.bySeverity[sev];
    return `<tr><th scope="row">${sev}</th><td class="n">${n.fail}</td><td class="n">${n.needsReview}</td></tr>`;
  });
  return `<table><caption>Findings by severity</caption><thead><tr><th scope="col">Severity</th><th scope="col">Problems</th><th scope="col">To check by hand</th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

function standardsTable(report: Report): string {
  const entries = Object.entries(report.summary.byStandard).sort(([a], [b]) => a.localeCompare(b));
  if (!entries.length) return '';
  const rows = entries.map(([id, n]) => `<tr><th scope="row">${standardLink(id)}</th><td class="n">${n.fail}</td><td class="n">${n.needsReview}</td></tr>`);
  return `<table><caption>Findings by standard</caption><thead><tr><th scope="col">Standard</th><th scope="col">Problems</th><th scope="col">To check by hand</th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

function worstPages(report: Report): string {
  const pages = report.summary.worstPages;
  if (!pages.length) return '';
  const rows = pages.map((p) => `<tr><th scope="row">${link(p.url, pathOf(p.url))}</th><td class="n">${p.fail}</td><td class="n">${p.needsReview}</td></tr>`);
  return `<table><caption>Pages with most findings</caption><thead><tr><th scope="col">Page</th><th scope="col">Problems</th><th scope="col">To check by hand</th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

function brokenPages(report: Report): string {
  const broken = report.pages.filter((p) => p.outcome === 'error');
  if (!broken.length) return '';
  return `<h3>Pages that could not be audited</h3><ul>${broken.map((p) => `<li>${e(p.url)}: ${e(p.error ?? 'unknown error')}</li>`).join('')}</ul>`;
}

function findingsSection(findings: Finding[], rules: Map<string, Report['rules'][number]>): string {
  const distinct = <T>(xs: T[]) => [...new Set(xs)].sort();
  const option = (value: string, label: string) => `<option value="${e(value)}">${e(label)}</option>`;
  const select = (name: string, label: string, options: string[]) =>
    `<div><label for="f-${name}">${label}</label><select id="f-${name}" name="${name}"><option value="">All</option>${options.join('')}</select></div>`;
  const standards = distinct(findings.flatMap(standardTokens));
  const filters = `<form id="filters" class="filters" aria-label="Filter findings" hidden>
${select('severity', 'Severity', SEVERITY_ORDER.filter((s) => findings.some((f) => f.severity === s)).map((s) => option(s, s)))}
${select('outcome', 'Outcome', (['fail', 'needs-review'] as const).filter((o) => findings.some((f) => f.outcome === o)).map((o) => option(o, OUTCOME_LABEL[o])))}
${select('standard', 'Standard', standards.map((id) => option(id, standardLabel(id))))}
${select('rule', 'Rule', distinct(findings.map((f) => f.ruleId)).map((id) => option(id, `${id}: ${rules.get(id)?.failureTitle ?? ''}`)))}
${select('page', 'Page', distinct(findings.map((f) => f.url)).map((u) => option(u, truncate(pathOf(u), 80))))}
<div><button type="reset">Clear filters</button></div>
</form>`;
  const items = findings.map((f) => findingItem(f, rules.get(f.ruleId)));
  return `${filters}\n<p id="shown" role="status">Showing ${findings.length} of ${findings.length} findings.</p>\n<ol class="findings">\n${items.join('\n')}\n</ol>`;
}

function findingItem(f: Finding, rule: Report['rules'][number] | undefined): string {
  const data = `data-severity="${e(f.severity)}" data-outcome="${e(f.outcome)}" data-rule="${e(f.ruleId)}" data-page="${e(f.url)}" data-standard="${e(standardTokens(f).join(' '))}"`;
  const wcag = f.wcag.map((w) => `<a href="${e(wcagUrl(w))}" rel="noreferrer">${e(w)}</a>`).join(', ');
  const rows = [
    ['What to do', e(f.message)],
    ['Page', link(f.url, f.url)],
    f.selector ? ['Element', `<code>${e(f.selector)}</code>`] : null,
    f.html ? ['Snippet', `<pre><code>${e(truncate(f.html, 2000))}</code></pre>`] : null,
    wcag ? ['WCAG 2.2', wcag] : null,
    f.standards.length ? ['Standards', `<ul class="ids">${f.standards.map((id) => `<li>${e(id)}</li>`).join('')}</ul>`] : null,
    ['Rule', link(ruleHelpUrl(rule), `About the rule ${f.ruleId}`)],
  ].filter((r): r is string[] => r !== null);
  const badge = f.outcome === 'fail' ? '' : '<span class="badge review">check by hand</span>';
  return `<li class="${f.outcome === 'fail' ? 'fail' : 'review'}" ${data}>
<h3><span class="badge ${e(f.severity)}">${e(f.severity)}</span>${badge} ${e(rule?.failureTitle ?? f.ruleId)}</h3>
<dl>${rows.map(([k, v]) => `<dt>${k}</dt><dd>${v}</dd>`).join('')}</dl>
</li>`;
}

const standardTokens = (f: Finding) => [...f.wcag.map((w) => `wcag:${w}`), ...f.standards];

/** A standard's id, linked to its source. Titles stay in the filter's options: some quote long
 * legal wording that reads badly in a table. */
function standardLink(id: string): string {
  const url = standardItem(id)?.url;
  return url ? link(url, id) : e(id);
}

function standardLabel(id: string): string {
  if (id.startsWith('wcag:')) return `WCAG ${id.slice(5)}`;
  const item = standardItem(id);
  return item ? `${id}: ${item.title}` : id;
}
