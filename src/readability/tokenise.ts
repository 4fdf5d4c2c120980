// UK-English sentence and word splitting for readability scores.
// Block boundaries are sentence boundaries; so are line breaks before a capital, a digit or a bullet.

/** Titles that never end a sentence: "Dr. Patel". */
const TITLES = new Set(['dr', 'mr', 'mrs', 'ms', 'mx', 'prof', 'st', 'rev', 'sr', 'jr', 'sgt', 'capt', 'hon']);
/** Abbreviations that sit inside a sentence, even before a capital: "e.g. Paracetamol". */
const INNER = new Set(['e.g', 'eg', 'i.e', 'ie', 'approx', 'vs', 'v', 'cf', 'incl', 'inc', 'ref', 'tel', 'no', 'nos', 'dept', 'fig', 'ca', 'c', 'mins', 'hrs', 'wk', 'wks', 'ft', 'oz', 'lb', 'lbs', 'ext', 'nb', 'n.b', 'p', 'pp', 'viz']);
const BULLET = /^\s*(?:[•·▪●◦‣∙*–—-]|\(?\d{1,2}[.)]|\(?[a-z][.)])\s+/;
const SPACES = /[\t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/g;
const OPENERS = /^["'“‘(\[]+/;
const CLOSERS = /["'”’)\]]+$/;

export interface Sentence {
  /** The sentence as written, with spacing squashed. */
  text: string;
  words: string[];
}

/** Tabs, non-breaking and other odd spaces become plain spaces; curly quotes become straight ones. */
export function normalise(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(SPACES, ' ').replace(/[\u2018\u2019\u02bc]/g, "'").replace(/[\u201c\u201d]/g, '"').replace(/\u00ad/g, '');
}

/** Words in a piece of text: runs with a letter or digit; hyphens, apostrophes and decimals stay inside. */
export function words(text: string): string[] {
  const out: string[] = [];
  for (const token of text.split(/[\s\u2014\u2013]+|--+/)) {
    const word = token.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
    if (word && /[\p{L}\p{N}]/u.test(word)) out.push(word);
  }
  return out;
}

/** Pieces of text that start a new sentence: lines opening with a capital, a digit or a bullet. */
function chunks(text: string): string[] {
  const out: string[] = [];
  let current = '';
  for (const raw of text.split('\n')) {
    const bullet = BULLET.test(raw);
    const line = raw.replace(BULLET, '').trim();
    if (!line) {
      if (current) out.push(current);
      current = '';
      continue;
    }
    const opensNew = bullet || /^\P{Ll}/u.test(line.replace(OPENERS, ''));
    if (current && opensNew) {
      out.push(current);
      current = line;
    } else current = current ? `${current} ${line}` : line;
  }
  if (current) out.push(current);
  return out;
}

/** Does this token end a sentence, given the token after it? */
function endsSentence(token: string, next: string | undefined): boolean {
  const bare = token.replace(CLOSERS, '');
  if (!/[.!?…]$/.test(bare)) return false;
  if (next === undefined) return true;
  const nextStart = next.replace(OPENERS, '');
  // Quoted speech and stray abbreviations: a lower-case word carries the sentence on ("Help!" she said).
  if (/^\p{Ll}/u.test(nextStart)) return false;
  if (/[!?…]$/.test(bare) || /\.\.$/.test(bare)) return true;
  const stem = bare.replace(OPENERS, '').slice(0, -1).toLowerCase();
  if (TITLES.has(stem) || INNER.has(stem)) return false;
  // An initial such as "J. Smith".
  if (/^\p{L}$/u.test(stem) && stem !== 'i') return false;
  return true;
}

/** Split one chunk into sentences of tokens. */
function splitChunk(chunk: string): string[][] {
  const tokens = chunk.replace(/([!?]+)(?=\p{Lu})/gu, '$1 ').split(/ +/).filter(Boolean);
  const sentences: string[][] = [];
  let current: string[] = [];
  tokens.forEach((token, i) => {
    current.push(token);
    if (endsSentence(token, tokens[i + 1])) {
      sentences.push(current);
      current = [];
    }
  });
  if (current.length) sentences.push(current);
  return sentences;
}

/**
 * Sentences in text. Fragments of one or two words (a stray "Didn't", a bullet "at reception")
 * join the sentence before them, as textstat does, unless they are all the text has.
 */
export function sentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  for (const chunk of chunks(normalise(text))) {
    for (const tokens of splitChunk(chunk)) {
      const sentenceText = tokens.join(' ');
      const ws = words(sentenceText);
      if (!ws.length) continue;
      const last = out[out.length - 1];
      if (ws.length <= 2 && last) {
        last.text += ` ${sentenceText}`;
        last.words.push(...ws);
      } else out.push({ text: sentenceText, words: ws });
    }
  }
  // A short opening fragment joins the sentence after it.
  if (out.length > 1 && out[0]!.words.length <= 2) {
    const [first, second] = out as [Sentence, Sentence];
    out.splice(0, 2, { text: `${first.text} ${second.text}`, words: [...first.words, ...second.words] });
  }
  return out;
}
