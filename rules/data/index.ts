import type { Rule } from '../../src/rule.js';
import contentWithoutJavascript from './content-without-javascript.js';
import oversizedImages from './oversized-images.js';
import pageWeight from './page-weight.js';
import requestCount from './request-count.js';

export const dataRules: Rule[] = [pageWeight, oversizedImages, requestCount, contentWithoutJavascript];
