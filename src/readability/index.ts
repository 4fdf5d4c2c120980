// Readability of plain text and of a page's main-content blocks. Pure: no browser, no globals.
import { READING_AGE_CONVENTION } from '../report.js';
import { countSyllables } from './syllables.js';
import { addCounts, emptyCounts, scores, type ReadabilityCounts, type ReadabilityScores } from './scores.js';
import { sentences as splitSentences, type Sentence } from './tokenise.js';

export type { ReadabilityCounts, ReadabilityScores } from './scores.js';
export { sentences, words, type Sentence } from './tokenise.js';
export { countSyllables } from './syllables.js';
export { READING_AGE_CONVENTION };

/** UK reading age = US school grade + 5. */
export const READING_AGE_OFFSET = 5;

export interface ReadabilityResult {
  counts: ReadabilityCounts;
  /** Unrounded scores. Grades are US school grades. */
  scores: ReadabilityScores;
  /** UK reading age from the Flesch–Kincaid grade (grade + 5, never below 5); null when there are no words. */
  readingAge: number | null;
  /** UK reading age from each grade formula (grade + 5, never below 5). */
  readingAges: { fleschKincaid: number; smog: number; gunningFog: number; colemanLiau: number; automatedReadabilityIndex: number } | null;
  wordsPerSentence: number;
  syllablesPerWord: number;
  /** The sentence with the most words, as written. */
  longestSentence: { text: string; words: number } | null;
  convention: typeof READING_AGE_CONVENTION;
}

const age = (grade: number) => Math.max(0, grade) + READING_AGE_OFFSET;

/** Counts for sentences already split. */
export function countSentences(list: readonly Sentence[]): ReadabilityCounts {
  const c = emptyCounts();
  c.sentences = list.length;
  for (const s of list) {
    s.words.forEach((word, i) => {
      const info = wordInfo(word);
      c.words += 1;
      c.syllables += info.syllables;
      c.letters += info.letters;
      c.characters += info.characters;
      if (info.syllables >= 3) {
        c.polysyllables += 1;
        // Gunning's complex words leave out names: a capital that does not start the sentence.
        if (info.complex && !(i > 0 && info.capitalised)) c.complexWords += 1;
      }
    });
  }
  return c;
}

interface WordInfo {
  syllables: number;
  letters: number;
  characters: number;
  capitalised: boolean;
  /** 3+ syllables, not a hyphenated compound, and still 3+ without -es, -ed or -ing. */
  complex: boolean;
}
const infoCache = new Map<string, WordInfo>();

/** Per-word facts, cached: pages repeat most of their words. */
function wordInfo(word: string): WordInfo {
  let info = infoCache.get(word);
  if (info) return info;
  const syllables = countSyllables(word);
  const letters = word.replace(/[^\p{L}]/gu, '').length;
  const stem = word.replace(/(?:es|ed|ing)$/i, '');
  info = {
    syllables,
    letters,
    characters: letters + word.replace(/[^\p{N}]/gu, '').length,
    capitalised: /^\p{Lu}/u.test(word),
    complex: syllables >= 3 && !word.includes('-') && (stem === word || countSyllables(stem) >= 3),
  };
  if (infoCache.size >= 50_000) infoCache.clear();
  infoCache.set(word, info);
  return info;
}

/** Scores, ages and averages from counts. */
export function resultFromCounts(counts: ReadabilityCounts, longest: ReadabilityResult['longestSentence'] = null): ReadabilityResult {
  const s = scores(counts);
  const has = counts.words > 0;
  return {
    counts,
    scores: s,
    readingAge: has ? age(s.fleschKincaidGrade) : null,
    readingAges: has
      ? { fleschKincaid: age(s.fleschKincaidGrade), smog: age(s.smog), gunningFog: age(s.gunningFog), colemanLiau: age(s.colemanLiau), automatedReadabilityIndex: age(s.automatedReadabilityIndex) }
      : null,
    wordsPerSentence: has ? counts.words / counts.sentences : 0,
    syllablesPerWord: has ? counts.syllables / counts.words : 0,
    longestSentence: longest,
    convention: READING_AGE_CONVENTION,
  };
}

function longestOf(list: readonly Sentence[]): ReadabilityResult['longestSentence'] {
  let best: Sentence | undefined;
  for (const s of list) if (!best || s.words.length > best.words.length) best = s;
  return best ? { text: best.text, words: best.words.length } : null;
}

/**
 * Readability of English text: counts, every score and the UK reading age.
 * Line breaks before a capital, a digit or a bullet end a sentence.
 */
export function readability(text: string): ReadabilityResult {
  const list = splitSentences(text);
  return resultFromCounts(countSentences(list), longestOf(list));
}

export interface TextBlockInput {
  text: string;
  selector?: string | null;
  /** heading, paragraph, list-item, cell, control, quote or other (as in the MainText artifact). */
  kind?: string;
  lang?: string | null;
}

export interface BlocksOptions {
  /** Language of the page, used for blocks with no lang of their own. */
  lang?: string | null;
  /** Block kinds left out of the page score. Headings, table cells and controls are not prose. */
  excludeKinds?: readonly string[];
  /** How many hotspots to return. */
  hotspots?: number;
  /** Blocks with fewer words are too short to rank as hotspots. */
  hotspotMinWords?: number;
}

export interface BlockReadability {
  selector: string | null;
  kind: string | null;
  /** Whether the block counts towards the page score. */
  scored: boolean;
  result: ReadabilityResult;
}

export interface Hotspot {
  selector: string | null;
  /** The block's longest sentence, shortened. */
  excerpt: string;
  words: number;
  readingAge: number;
  fleschKincaidGrade: number;
}

export interface BlocksReadability {
  /** The whole page from the summed counts of its scored blocks. */
  page: ReadabilityResult;
  blocks: BlockReadability[];
  /** The hardest blocks, hardest first. */
  hotspots: Hotspot[];
  /** Blocks not in English, left out because the formulas are for English. */
  skippedNotEnglish: number;
}

/** Is this language tag English, or unknown (taken as English)? */
export function isEnglish(lang: string | null | undefined): boolean {
  return !lang || /^en(?:-|$)/i.test(lang.trim());
}

const DEFAULT_EXCLUDED = ['heading', 'cell', 'control'];

/** Readability of a page's main-content blocks: per block, the whole page, and the hardest blocks. */
export function readabilityOfBlocks(blocks: readonly TextBlockInput[], options: BlocksOptions = {}): BlocksReadability {
  const excluded = new Set(options.excludeKinds ?? DEFAULT_EXCLUDED);
  let total = emptyCounts();
  let longest: ReadabilityResult['longestSentence'] = null;
  let skippedNotEnglish = 0;
  const out: BlockReadability[] = [];
  for (const block of blocks) {
    if (!isEnglish(block.lang ?? options.lang)) {
      skippedNotEnglish += 1;
      continue;
    }
    const list = splitSentences(block.text);
    const counts = countSentences(list);
    const blockLongest = longestOf(list);
    const scored = !excluded.has(block.kind ?? 'other') && counts.words > 0;
    if (scored) {
      total = addCounts(total, counts);
      if (blockLongest && (!longest || blockLongest.words > longest.words)) longest = blockLongest;
    }
    out.push({ selector: block.selector ?? null, kind: block.kind ?? null, scored, result: resultFromCounts(counts, blockLongest) });
  }
  const min = options.hotspotMinWords ?? 20;
  const hotspots = out
    .filter((b) => b.scored && b.result.counts.words >= min)
    .sort((a, b) => b.result.scores.fleschKincaidGrade - a.result.scores.fleschKincaidGrade)
    .slice(0, options.hotspots ?? 3)
    .map((b) => ({
      selector: b.selector,
      excerpt: shorten(b.result.longestSentence?.text ?? '', 120),
      words: b.result.counts.words,
      readingAge: b.result.readingAge ?? READING_AGE_OFFSET,
      fleschKincaidGrade: b.result.scores.fleschKincaidGrade,
    }));
  return { page: resultFromCounts(total, longest), blocks: out, hotspots, skippedNotEnglish };
}

/** Text cut to max characters at a word boundary, with an ellipsis. */
export function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  return `${cut.slice(0, cut.lastIndexOf(' ') > max / 2 ? cut.lastIndexOf(' ') : cut.length)}…`;
}
