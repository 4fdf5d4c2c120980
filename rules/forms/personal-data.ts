// Which personal-data question a form field asks, from its label, name or id, and the
// autocomplete tokens (HTML "autofill field names") that identify it.
import type { FormControl } from '../../src/artifacts.js';

export interface Purpose {
  /** Plain words for messages. */
  what: string;
  /** The token to suggest. */
  token: string;
  /** Tokens that identify this purpose. */
  accepts: readonly string[];
}

const NAME = ['name', 'given-name', 'family-name', 'additional-name', 'honorific-prefix', 'honorific-suffix', 'nickname'];
const TEL = ['tel', 'tel-national', 'tel-local', 'tel-country-code', 'tel-area-code', 'tel-local-prefix', 'tel-local-suffix'];
const ADDRESS = ['street-address', 'address-line1', 'address-line2', 'address-line3', 'address-level1', 'address-level2', 'address-level3', 'address-level4', 'postal-code'];
const BDAY = ['bday', 'bday-day', 'bday-month', 'bday-year'];

/** Checked in order: "email address" is an email, not a postal address. */
const PURPOSES: { purpose: Purpose; label: RegExp; attr: RegExp }[] = [
  { purpose: { what: 'date of birth', token: 'bday', accepts: BDAY }, label: /\b(date of birth|birth ?date|birthday)\b/, attr: /^(dob|date-?of-?birth|birth-?date|bday|birthday)(-?(day|month|year))?$/ },
  { purpose: { what: 'email address', token: 'email', accepts: ['email'] }, label: /\be-?mail\b/, attr: /^e-?mail(-?address)?$/ },
  { purpose: { what: 'phone number', token: 'tel', accepts: TEL }, label: /\b(tele?phone|mobile|phone)( number)?\b/, attr: /^(tel|tele?phone|mobile|phone)(-?(number|no))?$/ },
  { purpose: { what: 'postcode', token: 'postal-code', accepts: ['postal-code'] }, label: /\b(post ?code|zip code)\b/, attr: /^(post-?code|postal-?code|zip)$/ },
  { purpose: { what: 'first name', token: 'given-name', accepts: NAME }, label: /\b(first|given|fore) ?names?\b/, attr: /^(first-?name|given-?name|fore-?names?|fname)$/ },
  { purpose: { what: 'last name', token: 'family-name', accepts: NAME }, label: /\b(last|family|sur) ?names?\b/, attr: /^(last-?name|family-?name|surname|lname)$/ },
  { purpose: { what: 'name', token: 'name', accepts: NAME }, label: /^(your |patient'?s? )?(full )?name$/, attr: /^(full-?name|your-?name|name)$/ },
  { purpose: { what: 'address', token: 'street-address', accepts: ADDRESS }, label: /\b(home |postal |your )?address( line ?\d)?$|^(town|city)( or city)?$/, attr: /^(address|street-?address|address-?line-?\d|town|city)$/ },
];

/** Questions about someone else: 1.3.5 only covers the user's own details. */
const SOMEONE_ELSE = /\b(gp|doctor|surgery|practice|pharmacy|kin|emergency contact|carer|partner|parent|child|school|employer|hospital|company|organisation)\b/;

/** Field types that can hold personal data typed by the user. */
const TEXT_TYPES = new Set([null, 'text', 'email', 'tel', 'date', 'number']);

/** Label text without required markers, lower case. */
export function cleanLabel(label: string): string {
  return label.toLowerCase().replace(/\((required|optional)\)|\*/g, ' ').replace(/\s+/g, ' ').trim();
}

/** The personal-data purpose of a field, or null when it asks something else. */
export function purposeOf(field: FormControl): Purpose | null {
  if (!TEXT_TYPES.has(field.type)) return null;
  const label = cleanLabel(field.label);
  if (SOMEONE_ELSE.test(label)) return null;
  const attrs = [field.name, field.id].filter((a): a is string => !!a).map((a) => a.toLowerCase().replace(/_/g, '-'));
  if (field.type === 'email') return PURPOSES[1]!.purpose;
  if (field.type === 'tel') return PURPOSES[2]!.purpose;
  for (const p of PURPOSES) if (label && p.label.test(label)) return p.purpose;
  // Fall back to name and id only when the label says nothing we recognise.
  for (const p of PURPOSES) if (attrs.some((a) => p.attr.test(a))) return p.purpose;
  return null;
}

/** True when the autocomplete attribute names the purpose (section-, shipping and home prefixes allowed). */
export function autocompleteMatches(autocomplete: string | null, purpose: Purpose): boolean {
  const tokens = (autocomplete ?? '').toLowerCase().trim().split(/\s+/);
  return tokens.some((t) => purpose.accepts.includes(t));
}
