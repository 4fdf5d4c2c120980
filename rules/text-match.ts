// Robust text evidence for content rules: matching ignores case, spacing, hyphens and curly
// quotes, accepts plurals, and each topic lists the phrasings real GP and NHS sites use.

/** A phrase ("text relay": words, each may take a plural "s") or a regular expression. */
export type Phrase = string | RegExp;

/** Lower case, straight quotes, "&" as "and", one space between words. */
export function normalise(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\u2018\u2019\u201b`]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/[\u2010-\u2015]/g, '-')
    .replace(/&amp;|&/g, ' and ')
    .replace(/\s+/g, ' ')
    .trim();
}

const cache = new Map<string, RegExp>();
function toRegExp(phrase: Phrase): RegExp {
  if (typeof phrase !== 'string') return new RegExp(phrase.source, phrase.flags.includes('i') ? phrase.flags : phrase.flags + 'i');
  let re = cache.get(phrase);
  if (!re) {
    const words = normalise(phrase).split(' ').map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    const body = words.map((w) => (/[a-z]$/.test(w) ? `${w}(?:s|es)?` : w)).join("[\\s\\-/']*");
    re = new RegExp(`(?<![a-z0-9])${body}(?![a-z0-9])`, 'i');
    cache.set(phrase, re);
  }
  return re;
}

export interface Match {
  /** The words that matched, as written on the page (normalised). */
  text: string;
  /** A short quote around the match, for needs-review findings. */
  quote: string;
}

/** The first phrase found in the text, or null. */
export function findPhrase(text: string, phrases: readonly Phrase[]): Match | null {
  const norm = normalise(text);
  for (const phrase of phrases) {
    const m = toRegExp(phrase).exec(norm);
    if (m) return { text: m[0], quote: quoteAround(norm, m.index, m[0].length) };
  }
  return null;
}

export function hasPhrase(text: string, phrases: readonly Phrase[]): boolean {
  return findPhrase(text, phrases) !== null;
}

function quoteAround(text: string, index: number, length: number, room = 60): string {
  const start = Math.max(0, index - room);
  const end = Math.min(text.length, index + length + room);
  return `${start > 0 ? '…' : ''}${text.slice(start, end).trim()}${end < text.length ? '…' : ''}`;
}

/** Content rules judge English pages only. A page with no lang is taken as English. */
export function isEnglish(lang: string | null | undefined): boolean {
  return !lang || /^en\b/i.test(lang.trim());
}

// ---------------------------------------------------------------------------
// Topics. Sources: standards.md §2 (AIS formats and contact), §4 (GP guidance), §6 (model statement).

export const TOPICS = {
  relay: ['relay uk', 'text relay', 'typetalk', 'textphone', 'text phone', 'minicom', /(?<!\d)18001(?!\d)/, /(?<!\d)18002(?!\d)/],
  bsl: ['british sign language', /\bbsl\b/, 'sign language interpreter', 'signvideo', 'sign video', 'signlive', 'interpreternow', 'video relay'],
  namedFormats: ['large print', 'easy read', 'easyread', 'braille', 'audio', 'other language', 'another language', 'bsl video', 'coloured paper'],
  anyFormat: ['other format', 'different format', 'alternative format', 'accessible format'],
  communicationNeeds: ['communication need', 'communication support', 'accessible information', 'information need', 'reasonable adjustment', 'communication and information need', 'help to talk to us', 'help to communicate'],
  translation: ['other language', 'another language', 'interpreter', 'interpreting', 'translation', 'translate', 'translated', 'language line', 'languageline', 'first language is not english', 'do not speak english', "don't speak english", 'limited english'],
  emergency999: [/(?<![\d.,£])999(?!\d|[.,]\d)/],
  nhs111: ['nhs 111', '111 online', 'call 111', '111.nhs.uk', /(?<![\d.,£])111(?!\d|[.,]\d)/],
  outOfHours: ['out of hours', 'out-of-hours', 'when we are closed', "when we're closed", 'when the surgery is closed', 'when the practice is closed', 'outside our opening hours', 'outside opening hours'],
  nhsApp: ['nhs app'],
  onlineRequest: ['online request', 'request online', 'online form', 'online consultation', 'contact us online', 'message us online', 'online message', 'ask online', 'e-consult', 'econsult', 'patchs', 'accurx', 'engage consult', 'askmygp', 'ask my gp'],
  noProofNeeded: [
    /(do not|don't|dont|not|no need to|never) (need|needed|have to|required|require|requirement|asked|ask you)[^.]{0,60}(proof of address|proof of id|identification|\bid\b|photo id|proof of (your )?(address|identity|immigration))/,
    /(proof of address|proof of id|identification|\bid\b|proof of identity)[^.]{0,40}(is|are) not (needed|required|necessary)/,
    /no (proof of address|proof of id|id|identification) (is )?(needed|required)/,
  ],
  complaint: ['complaint', 'complain', 'feedback and complaints', 'concerns and complaints'],
  aisCompliance: [/accessible information standard[^.]{0,120}(complian|self[- ]?assess|report|how we (meet|follow|comply)|we (meet|follow|comply))/, /(complian|self[- ]?assess|we (meet|follow|comply with))[^.]{0,80}accessible information standard/],
} satisfies Record<string, readonly Phrase[]>;

export type Topic = keyof typeof TOPICS;

export function findTopic(text: string, topic: Topic): Match | null {
  return findPhrase(text, TOPICS[topic]);
}

// Date parsing for "last reviewed" and "prepared on" sentences.
const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MON = '(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*';

/** Dates written as "4 January 2023", "January 2023", "04/01/2023" or "2023-01-04" (day 1 when missing). */
export function parseDates(text: string): Date[] {
  const norm = normalise(text);
  const out: Date[] = [];
  const month = (m: string) => MONTHS.findIndex((name) => name.startsWith(m.slice(0, 3)));
  for (const m of norm.matchAll(new RegExp(`(?:(\\d{1,2})(?:st|nd|rd|th)? )?${MON},? (\\d{4})`, 'g'))) {
    out.push(new Date(Date.UTC(Number(m[3]), month(m[2]!), Number(m[1] ?? 1))));
  }
  for (const m of norm.matchAll(/\b(\d{1,2})[/.](\d{1,2})[/.](\d{4})\b/g)) out.push(new Date(Date.UTC(Number(m[3]), Number(m[2]) - 1, Number(m[1]))));
  for (const m of norm.matchAll(/\b(\d{4})-(\d{2})-(\d{2})\b/g)) out.push(new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))));
  return out.filter((d) => !Number.isNaN(d.getTime()));
}

/** Sentences (or lines) of the text that match a phrase. */
export function sentencesWith(text: string, phrases: readonly Phrase[]): string[] {
  return text.split(/(?<=[.!?])\s+|\n+/).filter((s) => hasPhrase(s, phrases));
}

/** Whole months from `from` to `to`. */
export function monthsBetween(from: Date, to: Date): number {
  return (to.getUTCFullYear() - from.getUTCFullYear()) * 12 + (to.getUTCMonth() - from.getUTCMonth()) - (to.getUTCDate() < from.getUTCDate() ? 1 : 0);
}
