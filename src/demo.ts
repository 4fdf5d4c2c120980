// The bundled example site: a small GP practice website with a handful of planted problems.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { RuntimeError } from './errors.js';

/** fixtures/sites/<name>, found from src/ (tests) or dist/ (the built CLI). */
export function exampleSiteDir(name = 'gp-practice'): string {
  const here = dirname(fileURLToPath(import.meta.url));
  for (const up of ['..', '../..']) {
    const dir = join(here, up, 'fixtures', 'sites', name);
    if (existsSync(join(dir, 'index.html'))) return dir;
  }
  throw new RuntimeError(`The example site "${name}" was not found beside the package.`);
}
