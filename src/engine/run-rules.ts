// Runs rules over snapshots. A rule sees only the artifacts it declares; a missing or failed
// artifact, or a throw, gives that rule the outcome "error" and never stops the audit.
import { isArtifactError, isArtifactSkipped, type ArtifactName, type PageSnapshot, type SiteArtifacts } from '../artifacts.js';
import { formatMessage, type Outcome, type PageRule, type Report, type Rule, type Severity, type SiteRule } from '../rule.js';
import type { Finding, RuleOutcome } from '../findings.js';
import { fingerprint } from './fingerprint.js';

export interface RuleSetting {
  severity?: Severity;
  options?: unknown;
}
export interface RunContext {
  auditDate: Date;
  settings?: Record<string, RuleSetting | undefined>;
}
export interface RunOutput {
  outcomes: RuleOutcome[];
  findings: Finding[];
}

export function runPageRules(rules: readonly Rule[], snapshot: PageSnapshot, ctx: RunContext): RunOutput {
  const out: RunOutput = { outcomes: [], findings: [] };
  const url = snapshot.finalUrl || snapshot.url;
  for (const rule of rules) {
    if (rule.meta.scope !== 'page') continue;
    const missing = collectArtifacts(rule as PageRule, snapshot);
    if ('skipped' in missing) {
      out.outcomes.push({ ruleId: rule.meta.id, url, outcome: 'inapplicable', note: missing.skipped });
      continue;
    }
    if ('error' in missing) {
      out.outcomes.push({ ruleId: rule.meta.id, url, outcome: 'error', error: missing.error });
      continue;
    }
    merge(out, runOne(rule, url, ctx, (c) => (rule as PageRule).check(missing.artifacts as never, c)));
  }
  return out;
}

export function runSiteRules(rules: readonly Rule[], site: SiteArtifacts, ctx: RunContext): RunOutput {
  const out: RunOutput = { outcomes: [], findings: [] };
  for (const rule of rules) {
    if (rule.meta.scope !== 'site') continue;
    merge(out, runOne(rule, site.startUrl, ctx, (c) => (rule as SiteRule).check(site, c)));
  }
  return out;
}

/** The declared artifacts, or why the rule cannot run: an error, or an artifact skipped on purpose. */
function collectArtifacts(rule: PageRule, snapshot: PageSnapshot): { artifacts: Record<string, unknown> } | { error: string } | { skipped: string } {
  const picked: Record<string, unknown> = {};
  for (const name of rule.meta.requires as readonly ArtifactName[]) {
    const value = snapshot.artifacts[name];
    if (value === undefined) return { error: `The ${name} artifact was not gathered for this page.` };
    if (isArtifactError(value)) return { error: `The ${name} artifact failed: ${value.error}` };
    if (isArtifactSkipped(value)) return { skipped: value.skipped };
    picked[name] = value;
  }
  return { artifacts: picked };
}

function runOne(rule: Rule, url: string, ctx: RunContext, call: (c: any) => void | 'inapplicable'): RunOutput {
  const setting = ctx.settings?.[rule.meta.id];
  const reports: Report<string>[] = [];
  let options: unknown = undefined;
  try {
    if (rule.meta.options) options = rule.meta.options.parse(setting?.options ?? {});
    const result = call({ url, options, auditDate: ctx.auditDate, report: (r: Report<string>) => reports.push(r) });
    if (result === 'inapplicable' && reports.length === 0) {
      return { outcomes: [{ ruleId: rule.meta.id, url, outcome: 'inapplicable' }], findings: [] };
    }
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    return { outcomes: [{ ruleId: rule.meta.id, url, outcome: 'error', error: `The rule failed: ${message}` }], findings: [] };
  }
  const findings = disambiguate(reports.map((r) => toFinding(rule, url, r, setting)));
  const outcome: Outcome = findings.some((f) => f.outcome === 'fail')
    ? 'fail'
    : findings.length > 0
      ? 'needs-review'
      : 'pass';
  return { outcomes: [{ ruleId: rule.meta.id, url, outcome }], findings };
}

function toFinding(rule: Rule, url: string, r: Report<string>, setting: RuleSetting | undefined): Finding {
  const template = (rule.meta.messages as Record<string, string>)[r.messageId];
  if (template === undefined) throw new Error(`Rule ${rule.meta.id} reported unknown messageId "${r.messageId}"`);
  const pageUrl = r.url ?? url;
  const selector = r.selector ?? null;
  return {
    ruleId: rule.meta.id,
    outcome: r.outcome ?? (rule.meta.advisory ? 'needs-review' : 'fail'),
    severity: setting?.severity ?? r.severity ?? rule.meta.severity,
    url: pageUrl,
    selector,
    html: r.html ?? null,
    wcag: [...rule.meta.wcag],
    standards: [...rule.meta.standards],
    messageId: r.messageId,
    message: formatMessage(template, r.data),
    ...(r.data ? { data: r.data } : {}),
    fingerprint: fingerprint(rule.meta.id, pageUrl, selector, r.html ?? null, r.messageId, r.data),
  };
}

/** Identical elements (two images with the same markup) share a signature: number the repeats. */
function disambiguate(findings: Finding[]): Finding[] {
  const seen = new Map<string, number>();
  return findings.map((f) => {
    const n = seen.get(f.fingerprint) ?? 0;
    seen.set(f.fingerprint, n + 1);
    return n === 0 ? f : { ...f, fingerprint: `${f.fingerprint}-${n + 1}` };
  });
}

function merge(into: RunOutput, from: RunOutput): void {
  into.outcomes.push(...from.outcomes);
  into.findings.push(...from.findings);
}
