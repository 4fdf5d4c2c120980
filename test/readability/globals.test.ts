// Importing the package must not change any built-in. text-readability writes copySign and
// legacyRound onto Math when imported, which is why the readability module does not import it.
import { expect, it } from 'vitest';

const BUILT_INS = { Math, JSON, Object, Array, String, Number } as const;
/**
 * zod keeps its schema registry on globalThis by design, so copies of zod share it. Nothing else
 * may appear: axe-core runs in its own VM context (src/axe-core.ts) and puppeteer, which adds a
 * URLPattern polyfill, is loaded only when a browser is launched (src/browser.ts).
 */
const THIRD_PARTY_GLOBALS = ['__zod_globalConfig', '__zod_globalRegistry'];

function snapshot(): Record<string, string[]> {
  const out = Object.fromEntries(Object.entries(BUILT_INS).map(([name, value]) => [name, Object.getOwnPropertyNames(value).sort()]));
  out.globalThis = Object.getOwnPropertyNames(globalThis).filter((n) => !THIRD_PARTY_GLOBALS.includes(n)).sort();
  return out;
}

it('importing the readability module adds no global at all', async () => {
  const before = Object.getOwnPropertyNames(globalThis).filter((n) => !n.startsWith('__zod_')).sort();
  const mathBefore = Object.getOwnPropertyNames(Math).sort();
  const mod = await import('../../src/readability/index.js');
  mod.readability('Dr. Patel will see you at 8.30am. Bring your medicines.');
  expect(Object.getOwnPropertyNames(globalThis).filter((n) => !n.startsWith('__zod_')).sort()).toEqual(before);
  expect(Object.getOwnPropertyNames(Math).sort()).toEqual(mathBefore);
});

it('importing src/index.ts leaves Math, JSON, Object, Array, String, Number and globalThis unchanged', async () => {
  const before = snapshot();
  const api = await import('../../src/index.js');
  expect(typeof api.readability).toBe('function');
  expect(typeof api.readabilityOfBlocks).toBe('function');
  api.readabilityOfBlocks([{ text: 'Call us today. We can help you.', kind: 'paragraph' }]);
  expect(snapshot()).toEqual(before);
  expect('copySign' in Math).toBe(false);
  expect('legacyRound' in Math).toBe(false);
});
