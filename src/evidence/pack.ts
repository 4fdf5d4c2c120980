// The DTAC section D evidence pack, built from a JSON report: for each D question the automated
// evidence and a status, the scorecard by standard, and a manual checklist. Never a "% compliant".
import type { Report } from '../report.js';
import { pathOf } from '../reporters/shared.js';
import type { ScorecardEntry } from '../scorecard.js';
import { MANUAL_ONLY_WCAG, STANDARD_FAMILIES, standardsByFamily, WCAG_AA_CRITERIA } from '../standards.js';

export const QUESTION_STATUSES = ['evidence supports', 'concerns found', 'not testable automatically'] as const;
export type QuestionStatus = (typeof QUESTION_STATUSES)[number];

export const DISCLAIMER =
  'Automated checks cannot prove that a website is accessible or compliant. They find some problems and show where to look. ' +
  'A person must test the site by hand, with assistive technology and with disabled users, before you answer DTAC section D.';

export const DESIGN_SYSTEM_RULE = 'nhs-design-system-usage';

export interface EvidenceItem {
  label: string;
  detail: string;
  pages?: string[];
}

export interface QuestionEvidence {
  id: string;
  code: string;
  title: string;
  status: QuestionStatus;
  summary: string;
  evidence: EvidenceItem[];
}

export interface ManualItem {
  id: string;
  title: string;
  reason: string;
}

export interface EvidencePack {
  evidenceVersion: 1;
  tool: Report['tool'];
  site: string;
  auditDate: string;
  pagesAudited: number;
  disclaimer: string;
  questions: QuestionEvidence[];
  scorecard: { family: string; name: string; entries: (ScorecardEntry & { statusText: QuestionStatus })[] }[];
  manualChecklist: {
    wcag: ManualItem[];
    standards: ManualItem[];
    needsReview: { ruleId: string; url: string; selector: string | null; message: string }[];
  };
}

const STATUS_TEXT: Record<ScorecardEntry['status'], QuestionStatus> = {
  supports: 'evidence supports',
  concerns: 'concerns found',
  'not-testable': 'not testable automatically',
};

export function buildEvidencePack(report: Report): EvidencePack {
  const card = new Map(report.scorecard.map((e) => [e.id, e]));
  const questions = standardsByFamily('dtac').map((q): QuestionEvidence => {
    const base = { id: q.id, code: q.code, title: q.title };
    if (q.code === 'D1.4') return { ...base, ...wcagEvidence(report) };
    if (q.code === 'D1.4.1') return { ...base, ...statementEvidence(report, card) };
    if (q.code === 'D1.10' || q.code === 'D1.10.1') return { ...base, ...designSystemEvidence(report) };
    const entry = card.get(q.id);
    const status = entry ? STATUS_TEXT[entry.status] : 'not testable automatically';
    return {
      ...base,
      status,
      summary: status === 'not testable automatically' ? 'Automated checks of a website cannot answer this. Give your own evidence.' : `Rules that gave evidence: ${entry!.rules.join(', ')}.`,
      evidence: entry && entry.rules.length ? [{ label: 'Rules', detail: `${entry.fail} problem(s), ${entry.needsReview} to check by hand`, pages: entry.pages }] : [],
    };
  });

  const scorecard = STANDARD_FAMILIES.filter((f) => f.id !== 'dtac').map((f) => ({
    family: f.id,
    name: f.name,
    entries: report.scorecard.filter((e) => e.family === f.id).map((e) => ({ ...e, statusText: STATUS_TEXT[e.status] })),
  }));

  const wcagNotTested = WCAG_AA_CRITERIA.filter((c) => MANUAL_ONLY_WCAG.includes(c.id) || card.get(`wcag:${c.id}`)?.status !== 'supports' && card.get(`wcag:${c.id}`)?.status !== 'concerns');
  return {
    evidenceVersion: 1,
    tool: report.tool,
    site: report.startUrl,
    auditDate: report.auditDate,
    pagesAudited: report.summary.pages.audited,
    disclaimer: DISCLAIMER,
    questions,
    scorecard,
    manualChecklist: {
      wcag: wcagNotTested.map((c) => ({
        id: `wcag:${c.id}`,
        title: `${c.id} ${c.title} (${c.level})`,
        reason: MANUAL_ONLY_WCAG.includes(c.id) ? 'Only a person can judge this criterion.' : 'No automated check ran for this criterion on this site.',
      })),
      standards: report.scorecard
        .filter((e) => e.family !== 'wcag' && e.status === 'not-testable')
        .map((e) => ({ id: e.id, title: e.title, reason: 'No automated check covers this point.' })),
      needsReview: report.findings.filter((f) => f.outcome === 'needs-review').map((f) => ({ ruleId: f.ruleId, url: f.url, selector: f.selector, message: f.message })),
    },
  };
}

/** D1.4: WCAG 2.2 A and AA results by success criterion, with the pages affected. */
function wcagEvidence(report: Report): Pick<QuestionEvidence, 'status' | 'summary' | 'evidence'> {
  const entries = report.scorecard.filter((e) => e.family === 'wcag');
  const concerns = entries.filter((e) => e.status === 'concerns');
  const supports = entries.filter((e) => e.status === 'supports');
  const untested = entries.length - concerns.length - supports.length;
  const status: QuestionStatus = concerns.length ? 'concerns found' : supports.length ? 'evidence supports' : 'not testable automatically';
  return {
    status,
    summary:
      `Of the ${entries.length} WCAG 2.2 A and AA success criteria, automated checks found problems with ${concerns.length}, ` +
      `found none with ${supports.length}, and could not test ${untested}. DTAC asks about WCAG 2.1 AA; WCAG 2.2 AA includes it.`,
    evidence: [...concerns, ...supports].map((e) => ({
      label: e.title,
      detail: `${capitalise(STATUS_TEXT[e.status])}: ${e.fail} problem(s), ${e.needsReview} to check by hand (rules: ${e.rules.join(', ')})`,
      pages: e.pages,
    })),
  };
}

const STATEMENT_ITEMS = ['psbar:reg8-statement', 'psbar:reg8-model', 'psbar:reg8-4a', 'psbar:reg8-4b', 'psbar:reg8-4c', 'psbar:reg8-4d', 'psbar:reg8-review', 'psbar:reg7'];

/** D1.4.1: the statement's address and, from the statement rules, what each required part says. */
function statementEvidence(report: Report, card: Map<string, ScorecardEntry>): Pick<QuestionEvidence, 'status' | 'summary' | 'evidence'> {
  const statementPages = report.pages.filter((p) => p.outcome === 'audited' && /accessib/i.test(pathOf(p.finalUrl ?? p.url))).map((p) => p.finalUrl ?? p.url);
  const parts = STATEMENT_ITEMS.map((id) => card.get(id)).filter((e): e is ScorecardEntry => e !== undefined);
  const tested = parts.filter((e) => e.status !== 'not-testable');
  const evidence: EvidenceItem[] = [
    { label: 'Statement page', detail: statementPages.length ? statementPages.join(', ') : `No accessibility statement page was found among the ${report.summary.pages.audited} audited pages.` },
    ...parts.map((e) => ({
      label: e.title,
      detail: e.status === 'not-testable' ? 'Not checked: no statement rule ran for this part.' : `${capitalise(STATUS_TEXT[e.status])} (rules: ${e.rules.join(', ')})`,
      pages: e.pages,
    })),
  ];
  const d141 = card.get('dtac:D1.4.1');
  const anyConcern = d141?.status === 'concerns' || tested.some((e) => e.status === 'concerns');
  if (statementPages.length === 0 && !tested.length) {
    return { status: 'concerns found', summary: 'No accessibility statement page was found. The regulations require one. Check the crawl reached it, or publish one.', evidence };
  }
  if (anyConcern) return { status: 'concerns found', summary: 'The statement rules found problems with the accessibility statement. See each part below.', evidence };
  if (!tested.length) {
    return { status: 'not testable automatically', summary: 'A statement page was found, but no statement rule ran, so its sections were not checked. Check it by hand against the model statement.', evidence };
  }
  return { status: 'evidence supports', summary: 'A statement was found and the statement rules found no problems with the parts they check. Check the wording by hand.', evidence };
}

/** D1.10 and D1.10.1: NHS design system components found on the pages. */
function designSystemEvidence(report: Report): Pick<QuestionEvidence, 'status' | 'summary' | 'evidence'> {
  const ran = report.rules.some((r) => r.id === DESIGN_SYSTEM_RULE);
  if (!ran) {
    return {
      status: 'not testable automatically',
      summary: `The ${DESIGN_SYSTEM_RULE} rule did not run, so components were not counted. Turn it on in the config ("rules": { "${DESIGN_SYSTEM_RULE}": "warn" }) and audit again.`,
      evidence: [],
    };
  }
  const found = report.findings.filter((f) => f.ruleId === DESIGN_SYSTEM_RULE);
  if (found.length === 0) {
    return { status: 'not testable automatically', summary: 'No NHS design system components were found. Other common components and patterns may be in use: describe them yourself.', evidence: [] };
  }
  return {
    status: 'evidence supports',
    summary: 'NHS design system components were found. Check they are current versions and used as the design system describes.',
    evidence: found.map((f) => ({ label: 'Components', detail: String(f.data?.components ?? f.message), pages: [f.url] })),
  };
}

const capitalise = (s: string) => s[0]!.toUpperCase() + s.slice(1);
