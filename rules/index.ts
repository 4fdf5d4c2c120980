// The rule registry. Each folder exports its rules; add a folder's list here.
import { withDocs, type Rule } from '../src/rule.js';
import { VERSION } from '../src/version.js';
import { siteRules } from './site/index.js';
import { axeRules } from './wcag/axe.js';

export const ALL_RULES: readonly Rule[] = [
  ...axeRules,
  ...withDocs('site', siteRules, VERSION),
];

export function findRule(id: string): Rule | undefined {
  return ALL_RULES.find((r) => r.meta.id === id);
}

export { axeRules, fromAxe, wcagFromTag } from './wcag/axe.js';
