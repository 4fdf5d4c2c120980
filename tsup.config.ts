import { defineConfig } from 'tsup';

export default defineConfig({
  entry: { index: 'src/index.ts', cli: 'src/bin.ts', rules: 'rules/index.ts', vitest: 'src/vitest.ts' },
  format: ['esm', 'cjs'],
  dts: true,
  clean: true,
  sourcemap: true,
  target: 'node20',
  // p-queue is ESM-only; bundling it keeps the CJS build loadable.
  noExternal: ['p-queue'],
  shims: true,
});
