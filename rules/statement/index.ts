import type { Rule } from '../../src/rule.js';
import statementCompliance from './statement-compliance-status.js';
import statementConsistency from './statement-consistency.js';
import statementContact from './statement-contact.js';
import statementEnforcement from './statement-enforcement.js';
import statementHtml from './statement-html.js';
import statementLinked from './statement-linked.js';
import statementNonAccessible from './statement-non-accessible.js';
import statementReviewDate from './statement-review-date.js';
import statementScope from './statement-scope.js';

export const statementRules: Rule[] = [
  statementLinked,
  statementHtml,
  statementScope,
  statementCompliance,
  statementNonAccessible,
  statementContact,
  statementEnforcement,
  statementReviewDate,
  statementConsistency,
];
