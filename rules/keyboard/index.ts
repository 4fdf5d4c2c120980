import type { Rule } from '../../src/rule.js';
import focusNotObscured from './focus-not-obscured.js';
import focusOrder from './focus-order.js';
import focusVisible from './focus-visible.js';
import keyboardTrap from './keyboard-trap.js';
import mouseOnlyControls from './mouse-only-controls.js';
import positiveTabindex from './positive-tabindex.js';
import skipLink from './skip-link.js';

export const keyboardRules: Rule[] = [focusVisible, focusNotObscured, keyboardTrap, positiveTabindex, focusOrder, mouseOnlyControls, skipLink];
