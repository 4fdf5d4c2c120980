// The rule model: metadata with a standards mapping, and a pure check over declared artifacts.
import type { z } from 'zod';
import type { ArtifactName, PageArtifacts, SiteArtifacts } from './artifacts.js';

export const SEVERITIES = ['minor', 'moderate', 'serious', 'critical'] as const;
export type Severity = (typeof SEVERITIES)[number];
export const OUTCOMES = ['pass', 'fail', 'needs-review', 'inapplicable', 'error'] as const;
export type Outcome = (typeof OUTCOMES)[number];
export type FindingOutcome = 'fail' | 'needs-review';

export interface RuleMeta<M extends string = string, A extends ArtifactName = ArtifactName, O = unknown> {
  /** kebab-case id; also the file name, doc name and test name. axe-backed rules are "axe/<axe id>". */
  id: string;
  scope: 'page' | 'site';
  /** Default severity; the policy may override it. */
  severity: Severity;
  /** Passing wording, e.g. "Page has a unique title". */
  title: string;
  /** Failing wording. */
  failureTitle: string;
  /** Why it matters to patients, in plain English. */
  description: string;
  /** WCAG success criteria, e.g. ["1.4.3"]. */
  wcag: readonly string[];
  /** Standards ids: nhs-service-standard:N, ais:step, psbar:item, gp-website:item, dtac:code, inclusion:domain. */
  standards: readonly string[];
  /**
   * W3C ACT rule ids (e.g. "b4f0c3") this rule implements: its failures are that ACT rule's failures.
   * The ACT conformance run (npm run act) scores the rule against those rules' test cases.
   */
  act?: readonly string[];
  /** Artifacts the check reads (page rules). Site rules read the whole SiteArtifacts. */
  requires: readonly A[];
  /** Message templates by id; {{name}} is filled from the report data. */
  messages: Readonly<Record<M, string>>;
  /** Advisory rules report needs-review unless a finding says otherwise. */
  advisory?: boolean;
  /** Off unless the config turns it on, for costly checks such as a second page load. */
  defaultOff?: boolean;
  helpUrl?: string;
  /** Options schema with defaults; ctx.options is the parsed value. */
  options?: z.ZodType<O>;
}

export interface Report<M extends string> {
  messageId: M;
  data?: Record<string, string | number>;
  /** The page the finding belongs to; site rules set it, page rules default to the page. */
  url?: string;
  selector?: string | null;
  html?: string;
  outcome?: FindingOutcome;
  /** Per-finding severity, e.g. axe's node impact. Defaults to the rule's. */
  severity?: Severity;
}

export interface RuleContext<M extends string, O> {
  url: string;
  options: O;
  auditDate: Date;
  report(report: Report<M>): void;
}

type CheckResult = void | 'inapplicable';

export interface PageRule<M extends string = string, A extends ArtifactName = ArtifactName, O = any> {
  meta: RuleMeta<M, A, O> & { scope: 'page' };
  check(artifacts: Pick<PageArtifacts, A>, ctx: RuleContext<M, O>): CheckResult;
}
export interface SiteRule<M extends string = string, O = any> {
  /** requires names the page artifacts the rule reads, so the planner gathers them. */
  meta: RuleMeta<M, ArtifactName, O> & { scope: 'site' };
  check(site: SiteArtifacts, ctx: RuleContext<M, O>): CheckResult;
}
export type Rule = PageRule<string, ArtifactName, any> | SiteRule<string, any>;

/** Typed helper for page rules: infers message ids and artifacts from the literal. */
export function definePageRule<const A extends ArtifactName, M extends string, O = undefined>(rule: {
  meta: Omit<RuleMeta<M, A, O>, 'scope'>;
  check: PageRule<M, A, O>['check'];
}): PageRule<M, A, O> {
  return { meta: { ...rule.meta, scope: 'page' }, check: rule.check };
}

/** Typed helper for site rules, which read every page of the crawl at once. */
export function defineSiteRule<M extends string, O = undefined>(rule: {
  meta: Omit<RuleMeta<M, ArtifactName, O>, 'scope'>;
  check: SiteRule<M, O>['check'];
}): SiteRule<M, O> {
  return { meta: { ...rule.meta, scope: 'site' }, check: rule.check };
}

/** Give each rule of a folder a helpUrl to its .md doc, which ships in the npm package. */
export function withDocs<R extends Rule>(folder: string, rules: readonly R[], version: string): R[] {
  return rules.map((r) => (r.meta.helpUrl ? r : ({ ...r, meta: { ...r.meta, helpUrl: `https://unpkg.com/inclusive-audit@${version}/rules/${folder}/${r.meta.id}.md` } } as R)));
}

/** Fill a {{name}} template from data. Unknown names are left visible so tests catch them. */
export function formatMessage(template: string, data: Record<string, string | number> = {}): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (m, name: string) => (name in data ? String(data[name]) : m));
}
