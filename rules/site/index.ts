import type { Rule } from '../../src/rule.js';
import brokenLinks from './broken-links.js';
import documentLinksInventory from './document-links-inventory.js';
import pageTitleUnique from './page-title-unique.js';

export const siteRules: Rule[] = [pageTitleUnique, brokenLinks, documentLinksInventory];
