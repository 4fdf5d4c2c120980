// axe-core for Node: its source (to inject into pages) and its rule list. It runs in a VM context
// of its own because its bundled core-js would otherwise add globals to the caller's Node process.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import vm from 'node:vm';
import type { AxeResults } from 'axe-core';

interface AxeCore {
  version: string;
  source: string;
  /** actIds: the W3C ACT rules axe-core says the rule implements. */
  getRules(): { ruleId: string; description: string; help: string; helpUrl: string; tags: string[]; actIds?: string[] }[];
}

function loadAxe(): AxeCore {
  const path = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
  const module = { exports: {} as AxeCore };
  vm.runInNewContext(readFileSync(path, 'utf8'), { module, exports: module.exports, setTimeout, clearTimeout, console });
  return module.exports;
}

export const axeCore: AxeCore = loadAxe();
export type { AxeResults };
