import type { Rule } from '../../src/rule.js';
import italicPassages from './italic-passages.js';
import paragraphLength from './paragraph-length.js';
import readingAge from './reading-age.js';
import sentenceLength from './sentence-length.js';
import textInCapitals from './text-in-capitals.js';
import unexplainedMedicalTerms from './unexplained-medical-terms.js';
import wordsToAvoid from './words-to-avoid.js';

/** Plain-language rules over the main content (the MainText artifact). */
export const contentRules: Rule[] = [readingAge, sentenceLength, paragraphLength, wordsToAvoid, textInCapitals, italicPassages, unexplainedMedicalTerms];
