import type { Rule } from '../../src/rule.js';
import ambiguousLinkText from './ambiguous-link-text.js';
import linkTextBareUrl from './link-text-bare-url.js';
import newWindowUnannounced from './new-window-unannounced.js';

export const linkRules: Rule[] = [ambiguousLinkText, linkTextBareUrl, newWindowUnannounced];
