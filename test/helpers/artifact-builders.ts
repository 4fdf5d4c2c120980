// Small builders for Keyboard, Forms and Links artifacts in rule tests: give only what the case is about.
import type { FormControl, Keyboard, KeyboardStop, Link } from '../../src/artifacts.js';
import { TEST_ORIGIN } from './rule-tester.js';

export function stop(selector: string, extra: Partial<KeyboardStop> = {}): KeyboardStop {
  return {
    selector, tag: 'a', role: null, text: selector.replace(/^#/, ''), tabindex: null, region: 'main',
    indicator: ['box-shadow'], hidden: false, obscuredBy: null, rect: { x: 16, y: 100, width: 120, height: 24 }, order: -1, ...extra,
  };
}

/** A Keyboard artifact; stops without an order get their position in the list. */
export function keyboard(extra: Partial<Keyboard> = {}): Keyboard {
  const stops = (extra.stops ?? []).map((s, i) => ({ ...s, order: s.order < 0 ? i : s.order }));
  return {
    presses: stops.length + 1, ended: 'cycle', trap: null, positiveTabindex: [], mouseOnly: [], skipLink: null, hasMain: true, durationMs: 100,
    ...extra, stops,
  };
}

export function field(selector: string, extra: Partial<FormControl> = {}): FormControl {
  return {
    selector, tag: 'input', type: 'text', name: null, id: selector.replace(/^#/, ''), label: '', placeholder: null, autocomplete: null,
    required: false, ariaRequired: false, ariaInvalid: false, describedBy: '', visible: true, formSelector: 'form', errorText: '', pasteBlocked: false,
    ...extra,
  };
}

export function link(selector: string, path: string, text: string, extra: Partial<Link> = {}): Link {
  return {
    selector, href: /^[a-z]+:/.test(path) ? path : new URL(path, TEST_ORIGIN).toString(), rawHref: path, text, rel: '', target: '',
    region: 'main', visible: true, download: false, ...extra,
  };
}
