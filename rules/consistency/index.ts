import type { Rule } from '../../src/rule.js';
import consistentHelp from './consistent-help.js';
import consistentNavigation from './consistent-navigation.js';

export const consistencyRules: Rule[] = [consistentNavigation, consistentHelp];
