import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const src = (file: string) => fileURLToPath(new URL(`./src/${file}`, import.meta.url));

export default defineConfig({
  test: {
    // examples/ are run too, so they cannot rot; they import the package by name.
    include: ['test/**/*.test.ts', 'examples/**/*.test.ts'],
    alias: { 'inclusive-audit/vitest': src('vitest.ts'), 'inclusive-audit': src('index.ts') },
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // Browser tests launch Chromium; two workers suit a 2-core machine.
    maxWorkers: 2,
  },
});
