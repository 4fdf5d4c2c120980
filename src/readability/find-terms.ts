// Whole-word, case-insensitive search for listed words and phrases, with the text around them.

export interface TermMatch {
  /** The words as written on the page. */
  found: string;
  index: number;
  /** The sentence-sized stretch around the match, for quoting. */
  context: string;
}

const compiled = new Map<string, RegExp>();

/** A regular expression matching any of the forms as whole words; spaces match any run of spaces. */
function patternFor(forms: readonly string[]): RegExp {
  const key = forms.join('\u0000');
  let re = compiled.get(key);
  if (!re) {
    const alts = [...forms]
      .sort((a, b) => b.length - a.length)
      .map((f) => f.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/'/g, "['\u2019]").replace(/ /g, '\\s+'));
    re = new RegExp(`(?<![\\p{L}\\p{N}&'\u2019-])(?:${alts.join('|')})(?![\\p{L}\\p{N}&]|-\\p{L}|['\u2019]\\p{L})`, 'giu');
    compiled.set(key, re);
  }
  re.lastIndex = 0;
  return re;
}

/** Every place one of the forms appears in text. */
export function findTerm(text: string, forms: readonly string[]): TermMatch[] {
  const out: TermMatch[] = [];
  const re = patternFor(forms);
  for (let m = re.exec(text); m; m = re.exec(text)) out.push({ found: m[0], index: m.index, context: contextAround(text, m.index, m[0].length) });
  return out;
}

/** Does any of the forms appear in text? */
export function hasTerm(text: string, forms: readonly string[]): boolean {
  return patternFor(forms).test(text);
}

/** Up to about 60 characters either side of a match, cut at word boundaries. */
export function contextAround(text: string, index: number, length: number, reach = 60): string {
  let start = Math.max(0, index - reach);
  let end = Math.min(text.length, index + length + reach);
  if (start > 0) start = text.indexOf(' ', start) + 1 || start;
  if (end < text.length) end = text.lastIndexOf(' ', end) > index + length ? text.lastIndexOf(' ', end) : end;
  const squashed = text.slice(start, end).replace(/\s+/g, ' ').trim();
  return `${start > 0 ? '…' : ''}${squashed}${end < text.length ? '…' : ''}`;
}
