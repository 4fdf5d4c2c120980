// SARIF 2.1.0 for code scanning. Built as plain objects typed by @types/sarif rather than with
// node-sarif-builder: its simple API is file-and-line shaped (no logical locations or
// fingerprints), it reads the file system, and it throws when any text contains
// "SARIF_BUILDER_INVALID", which a crawled page could supply.
import type { Log, ReportingDescriptor, Result, Notification } from 'sarif';
import type { Finding } from '../findings.js';
import type { Report } from '../report.js';
import type { Severity } from '../rule.js';
import { standardItem } from '../standards.js';
import { ruleHelpUrl, TOOL_URL, truncate } from './shared.js';

export const SARIF_SCHEMA_URL = 'https://json.schemastore.org/sarif-2.1.0.json';
/** partialFingerprints key; bump the version if the fingerprint recipe changes. */
export const FINGERPRINT_KEY = 'inclusiveAudit/v1';

const LEVEL: Record<Severity, Result.level> = { critical: 'error', serious: 'error', moderate: 'warning', minor: 'note' };
const PROBLEM_SEVERITY: Record<Severity, string> = { critical: 'error', serious: 'error', moderate: 'warning', minor: 'recommendation' };

export function formatSarif(report: Report): string {
  return `${JSON.stringify(buildSarif(report), null, 2)}\n`;
}

export function buildSarif(report: Report): Log {
  const ruleIndex = new Map(report.rules.map((r, i) => [r.id, i]));
  const rules: ReportingDescriptor[] = report.rules.map((r) => ({
    id: r.id,
    name: r.id.replace(/[^A-Za-z0-9]+(.)?/g, (_m, c: string | undefined) => (c ? c.toUpperCase() : '')),
    shortDescription: { text: r.failureTitle },
    fullDescription: { text: r.description },
    help: { text: `${r.description}\nStandards: ${[...r.wcag.map((w) => `WCAG ${w}`), ...r.standards.map(standardName)].join('; ')}` },
    helpUri: ruleHelpUrl(r),
    defaultConfiguration: { level: r.advisory ? 'note' : LEVEL[r.severity] },
    properties: {
      tags: ['accessibility', ...r.wcag.map((w) => `wcag-${w}`), ...r.standards],
      precision: r.advisory ? 'medium' : 'high',
      'problem.severity': PROBLEM_SEVERITY[r.severity],
    },
  }));
  const results = report.findings.map((f) => result(f, ruleIndex.get(f.ruleId)));
  const notifications: Notification[] = report.pages
    .filter((p) => p.outcome === 'error')
    .map((p) => ({
      level: 'error',
      message: { text: `The page could not be audited: ${p.error ?? 'unknown error'}` },
      locations: [{ physicalLocation: { artifactLocation: { uri: p.url } } }],
    }));
  return {
    $schema: SARIF_SCHEMA_URL,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: report.tool.name,
            version: report.tool.version,
            semanticVersion: report.tool.version,
            informationUri: TOOL_URL,
            rules,
            properties: { axeVersion: report.tool.axeVersion },
          },
        },
        invocations: [
          {
            executionSuccessful: true,
            startTimeUtc: report.startedAt,
            endTimeUtc: report.finishedAt,
            ...(notifications.length ? { toolExecutionNotifications: notifications } : {}),
          },
        ],
        automationDetails: { id: `inclusive-audit/${report.startUrl}/` },
        results,
        properties: { startUrl: report.startUrl, auditDate: report.auditDate, reportSchemaVersion: report.schemaVersion },
      },
    ],
  };
}

function result(f: Finding, ruleIndex: number | undefined): Result {
  return {
    ruleId: f.ruleId,
    ...(ruleIndex === undefined ? {} : { ruleIndex }),
    kind: f.outcome === 'fail' ? 'fail' : 'review',
    level: f.outcome === 'fail' ? LEVEL[f.severity] : 'note',
    message: { text: f.message },
    locations: [
      {
        // A web page has no line numbers to give, so no region: the element is a logical location.
        physicalLocation: { artifactLocation: { uri: f.url } },
        ...(f.selector ? { logicalLocations: [{ fullyQualifiedName: f.selector, kind: 'element' }] } : {}),
      },
    ],
    partialFingerprints: { [FINGERPRINT_KEY]: f.fingerprint },
    properties: {
      severity: f.severity,
      outcome: f.outcome,
      wcag: f.wcag,
      standards: f.standards,
      messageId: f.messageId,
      ...(f.html ? { snippet: truncate(f.html, 2000) } : {}),
    },
  };
}

function standardName(id: string): string {
  const item = standardItem(id);
  return item ? `${id} (${item.title})` : id;
}
