// The rule registry. Each folder exports its rules; add a folder's list here.
import { withDocs, type Rule } from '../src/rule.js';
import { VERSION } from '../src/version.js';
import { consistencyRules } from './consistency/index.js';
import { contentRules } from './content/index.js';
import { dataRules } from './data/index.js';
import { formRules } from './forms/index.js';
import { keyboardRules } from './keyboard/index.js';
import { layoutRules } from './layout/index.js';
import { linkRules } from './links/index.js';
import { mediaRules } from './media/index.js';
import { siteRules } from './site/index.js';
import { axeRules } from './wcag/axe.js';
import { statementRules } from './statement/index.js';
import { aisRules } from './ais/index.js';
import { gpRules } from './gp/index.js';
import { trustRules } from './trust/index.js';
import { evidenceRules } from './evidence/index.js';

export const ALL_RULES: readonly Rule[] = [
  ...axeRules,
  ...withDocs('site', siteRules, VERSION),
  ...withDocs('content', contentRules, VERSION),
  ...withDocs('layout', layoutRules, VERSION),
  ...withDocs('media', mediaRules, VERSION),
  ...withDocs('data', dataRules, VERSION),
  ...withDocs('keyboard', keyboardRules, VERSION),
  ...withDocs('forms', formRules, VERSION),
  ...withDocs('links', linkRules, VERSION),
  ...withDocs('consistency', consistencyRules, VERSION),
  ...withDocs('statement', statementRules, VERSION),
  ...withDocs('ais', aisRules, VERSION),
  ...withDocs('gp', gpRules, VERSION),
  ...withDocs('trust', trustRules, VERSION),
  ...withDocs('evidence', evidenceRules, VERSION),
];

export function findRule(id: string): Rule | undefined {
  return ALL_RULES.find((r) => r.meta.id === id);
}

export { axeRules, fromAxe, wcagFromTag } from './wcag/axe.js';
