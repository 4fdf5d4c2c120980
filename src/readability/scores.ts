// The readability formulas, from unrounded counts.
// text-readability 1.1.1 is not used for these: it rounds words per sentence and syllables per word
// to one decimal first (moving Flesch reading ease by up to about 4 points), returns SMOG 0 below
// 3 sentences, and writes copySign and legacyRound onto the global Math object when imported
// (measured in /work/shared/design/environment.md). Its syllable counter, the `syllable` package,
// is used directly instead (see syllables.ts).

export interface ReadabilityCounts {
  sentences: number;
  words: number;
  syllables: number;
  /** Words of 3 or more syllables (SMOG). */
  polysyllables: number;
  /** Gunning fog's complex words: 3 or more syllables, not counting -es, -ed or -ing, hyphenated compounds or names. */
  complexWords: number;
  /** Letters only (Coleman–Liau). */
  letters: number;
  /** Letters and digits (Automated Readability Index). */
  characters: number;
}

export interface ReadabilityScores {
  fleschReadingEase: number;
  fleschKincaidGrade: number;
  smog: number;
  gunningFog: number;
  colemanLiau: number;
  automatedReadabilityIndex: number;
}

export function emptyCounts(): ReadabilityCounts {
  return { sentences: 0, words: 0, syllables: 0, polysyllables: 0, complexWords: 0, letters: 0, characters: 0 };
}

export function addCounts(a: ReadabilityCounts, b: ReadabilityCounts): ReadabilityCounts {
  const out = { ...a };
  for (const k of Object.keys(out) as (keyof ReadabilityCounts)[]) out[k] += b[k];
  return out;
}

/** Every score from counts. Text with no words scores 0 throughout, as textstat does. */
export function scores(c: ReadabilityCounts): ReadabilityScores {
  if (!c.words || !c.sentences) {
    return { fleschReadingEase: 0, fleschKincaidGrade: 0, smog: 0, gunningFog: 0, colemanLiau: 0, automatedReadabilityIndex: 0 };
  }
  const wps = c.words / c.sentences;
  const spw = c.syllables / c.words;
  return {
    fleschReadingEase: 206.835 - 1.015 * wps - 84.6 * spw,
    fleschKincaidGrade: 0.39 * wps + 11.8 * spw - 15.59,
    // McLaughlin's SMOG, normalised to 30 sentences. It is designed for 30 sentences or more.
    smog: 1.043 * Math.sqrt((c.polysyllables * 30) / c.sentences) + 3.1291,
    gunningFog: 0.4 * (wps + (100 * c.complexWords) / c.words),
    colemanLiau: 0.0588 * ((100 * c.letters) / c.words) - 0.296 * ((100 * c.sentences) / c.words) - 15.8,
    automatedReadabilityIndex: 4.71 * (c.characters / c.words) + 0.5 * wps - 21.43,
  };
}
