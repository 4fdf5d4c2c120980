import type { Rule } from '../../src/rule.js';
import cookies from './trust-cookies-before-consent.js';
import hsts from './trust-hsts.js';
import https from './trust-https.js';
import mixedContent from './trust-mixed-content.js';
import privacyLinked from './trust-privacy-linked.js';
import trackers from './trust-trackers-before-consent.js';

export const trustRules: Rule[] = [https, hsts, mixedContent, privacyLinked, trackers, cookies];
