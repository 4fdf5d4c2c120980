// Findings and per-rule outcomes: the plain data that reporters render and the gate judges.
import { z } from 'zod';
import { OUTCOMES, SEVERITIES } from './rule.js';

export const FindingSchema = z.object({
  ruleId: z.string(),
  outcome: z.enum(['fail', 'needs-review']),
  severity: z.enum(SEVERITIES),
  url: z.string().describe('the page; site-level findings use the start URL'),
  selector: z.string().nullable().describe('CSS selector of the element, or null for page and site findings'),
  html: z.string().nullable().describe('snippet of the element, from the page: untrusted'),
  wcag: z.array(z.string()),
  standards: z.array(z.string()),
  messageId: z.string(),
  message: z.string().describe('what is wrong and what to do, in plain English'),
  data: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
  fingerprint: z.string().describe('stable id: rule, URL path and element signature'),
});
export type Finding = z.infer<typeof FindingSchema>;

export const RuleOutcomeSchema = z.object({
  ruleId: z.string(),
  url: z.string(),
  outcome: z.enum(OUTCOMES),
  error: z.string().optional(),
  note: z.string().optional().describe('why the rule did not apply, when it was skipped on purpose'),
});
export type RuleOutcome = z.infer<typeof RuleOutcomeSchema>;
