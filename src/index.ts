// Public API.
export { audit, auditSnapshots, evaluateSite, selectRules, type SavedSnapshots } from './audit.js';
export { gate, GatePolicySchema, type GatePolicy, type GateResult } from './gate.js';
export { ConfigSchema, loadConfig, findConfigFile, type Config, type LoadedConfig } from './config.js';
export { baselineFrom, compareWithBaseline, readBaseline, writeBaseline, type Baseline } from './baseline.js';
export { buildEvidencePack, renderEvidenceHtml, writeEvidencePack, type EvidencePack } from './evidence/index.js';
export { createProgress, type Progress } from './progress.js';
export { AuditOptionsSchema, type AuditOptions } from './options.js';
export { ReportSchema, REPORT_SCHEMA_VERSION, READING_AGE_CONVENTION, type Report, type PageEntry } from './report.js';
export { FindingSchema, type Finding, type RuleOutcome } from './findings.js';
export * from './artifacts.js';
export {
  definePageRule,
  defineSiteRule,
  formatMessage,
  SEVERITIES,
  OUTCOMES,
  type Rule,
  type PageRule,
  type SiteRule,
  type RuleMeta,
  type Severity,
  type Outcome,
} from './rule.js';
export { auditPage, auditHtml, type PageAuditOptions } from './page-audit.js';
export { launchBrowser, resolveExecutable, LAUNCH_ARGS } from './browser.js';
export { serveDirectory, serveFolders } from './serve.js';
export { formatText, useColour } from './reporters/text.js';
export { formatJson } from './reporters/json.js';
export { REPORTERS, formatHtml, formatMarkdown, formatJunit, formatSarif, formatCsv, type Reporter, type ReporterName } from './reporters/index.js';
export type { MarkdownOptions } from './reporters/markdown.js';
export { UsageError, RuntimeError } from './errors.js';
export * from './standards.js';
export { ALL_RULES } from '../rules/index.js';
export {
  readability,
  readabilityOfBlocks,
  READING_AGE_OFFSET,
  type ReadabilityResult,
  type ReadabilityCounts,
  type ReadabilityScores,
  type BlocksReadability,
  type BlocksOptions,
  type BlockReadability,
  type TextBlockInput,
  type Hotspot,
} from './readability/index.js';
export { WORD_LISTS, type WordList, type AvoidEntry } from './readability/word-lists.js';
export { MEDICAL_TERMS, type MedicalTerm } from './readability/medical-terms.js';
