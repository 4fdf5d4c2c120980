// Importing the package must not change any built-in (text-readability writes onto Math when imported).
import { expect, it } from 'vitest';

const BUILT_INS = { Math, JSON, Object, Array, String, Number, globalThis } as const;

function snapshot(): Record<string, string[]> {
  return Object.fromEntries(Object.entries(BUILT_INS).map(([name, value]) => [name, Object.getOwnPropertyNames(value).sort()]));
}

it('importing src/index.ts leaves Math, JSON, Object, Array, String, Number and globalThis unchanged', async () => {
  const before = snapshot();
  const api = await import('../../src/index.js');
  expect(typeof api.readability).toBe('function');
  expect(typeof api.readabilityOfBlocks).toBe('function');
  api.readability('Dr. Patel will see you at 8.30am. Bring your medicines.');
  expect(snapshot()).toEqual(before);
  expect('copySign' in Math).toBe(false);
  expect('legacyRound' in Math).toBe(false);
});
