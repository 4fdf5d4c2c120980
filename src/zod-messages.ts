// Plain wording for zod's validation issues, shared by audit options and config files:
// "maxPages: expected a positive whole number, got -1".
import type { z } from 'zod';

/** "options.maxPages: expected a positive number, got -1" — one line per issue. */
export function formatIssues(issues: readonly z.core.$ZodIssue[], root: string): string {
  return issues
    .map((i) => {
      const path = [root, ...i.path.map(String)].filter(Boolean).join('.');
      return `${path}: ${i.message}`;
    })
    .join('\n');
}

/** Plain wording for zod's issues: what was expected and what was given. */
export const plainError: z.core.$ZodErrorMap = (issue) => {
  const got = 'input' in issue ? `, got ${show(issue.input)}` : '';
  switch (issue.code) {
    case 'invalid_type': {
      const expected = issue.expected === 'number' || issue.expected === 'int' ? describeNumber(issue.inst) : article(issue.expected);
      if (issue.input === undefined) return `this field is required (${expected})`;
      return `expected ${expected}${got}`;
    }
    case 'too_small':
      if (issue.origin === 'number') return `expected ${numberWords(issue.minimum, issue.inclusive ?? false, false)}${got}`;
      return `expected at least ${issue.minimum} item(s)${got}`;
    case 'too_big':
      if (issue.origin === 'number') return `expected a number ${issue.inclusive ? 'of at most' : 'less than'} ${issue.maximum}${got}`;
      return `expected at most ${issue.maximum} item(s)${got}`;
    case 'invalid_value':
      return `expected one of ${issue.values.map(show).join(', ')}${got}`;
    case 'unrecognized_keys':
      return `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map(show).join(', ')}`;
    case 'invalid_key':
      return `${issue.issues[0]?.message ?? 'this key is not allowed'}`;
    case 'invalid_union':
      return `expected ${'note' in issue && issue.note ? issue.note : 'a different kind of value'}${got}`;
    default:
      return undefined;
  }
};

/** "a positive number", "a whole number of 1 or more": read from a zod number schema's checks. */
function describeNumber(inst: unknown): string {
  const z4 = (inst as { _zod?: { def?: { checks?: { _zod: { def: Record<string, unknown> } }[] } }; isInt?: boolean } | undefined) ?? {};
  let int = z4.isInt === true;
  let min: number | bigint | undefined;
  let inclusive = true;
  for (const check of z4._zod?.def?.checks ?? []) {
    const d = check._zod.def;
    if (d.check === 'greater_than') {
      min = d.value as number;
      inclusive = d.inclusive as boolean;
    }
    if (d.check === 'number_format' && String(d.format).includes('int')) int = true;
  }
  return min === undefined ? (int ? 'a whole number' : 'a number') : numberWords(min, inclusive, int);
}

function numberWords(min: number | bigint, inclusive: boolean, int: boolean): string {
  const noun = int ? 'whole number' : 'number';
  if (Number(min) === 0 && !inclusive) return `a positive ${noun}`;
  return inclusive ? `a ${noun} of ${min} or more` : `a ${noun} more than ${min}`;
}

function article(type: string): string {
  if (type === 'int') return 'a whole number';
  if (type === 'array') return 'a list';
  if (type === 'object' || type === 'record') return 'an object';
  return /^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`;
}

function show(v: unknown): string {
  const s = typeof v === 'string' ? JSON.stringify(v) : typeof v === 'object' && v !== null ? (Array.isArray(v) ? 'a list' : 'an object') : String(v);
  return s.length > 60 ? `${s.slice(0, 57)}...` : s;
}
