import type { Rule } from '../../src/rule.js';
import nhsDesignSystemUsage from './nhs-design-system-usage.js';

export const evidenceRules: Rule[] = [nhsDesignSystemUsage];
