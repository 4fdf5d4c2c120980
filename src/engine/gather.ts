// Turns a loaded page into a snapshot: each needed gatherer runs once, and its output is checked
// against the artifact's zod schema. A gatherer that throws stores an error for that artifact only.
import type { ArtifactName, PageSnapshot } from '../artifacts.js';
import { ArtifactSchemas } from '../artifacts.js';
import { GATHERERS, type GatherContext } from '../gatherers/index.js';
import { INSTALL_HELPERS } from '../gatherers/in-page.js';

export interface GatherInput extends GatherContext {
  depth: number;
  /** Artifacts the enabled rules need; others are not gathered. */
  needed: ReadonlySet<ArtifactName>;
  /** Artifacts left out on purpose for this page, with the reason the rules will give. */
  skip?: ReadonlyMap<ArtifactName, string>;
}

export async function gatherPage(input: GatherInput): Promise<PageSnapshot> {
  const { page, url, needed } = input;
  await page.evaluate(INSTALL_HELPERS);
  const artifacts: Record<string, unknown> = {};
  const timings: Record<string, number> = {};
  for (const gatherer of GATHERERS) {
    if (!needed.has(gatherer.name)) continue;
    const skipped = input.skip?.get(gatherer.name);
    if (skipped) {
      artifacts[gatherer.name] = { skipped };
      continue;
    }
    const started = performance.now();
    try {
      const raw = await gatherer.collect(input);
      const parsed = ArtifactSchemas[gatherer.name].safeParse(raw);
      artifacts[gatherer.name] = parsed.success
        ? parsed.data
        : { error: `The ${gatherer.name} gatherer returned data that does not fit its schema: ${parsed.error.issues[0]?.message ?? 'unknown'}` };
    } catch (err) {
      if (isFatal(err)) throw err;
      artifacts[gatherer.name] = { error: err instanceof Error ? err.message : String(err) };
    }
    timings[gatherer.name] = Math.round(performance.now() - started);
  }
  const http = artifacts.Http as { status?: number | null } | undefined;
  return {
    url,
    finalUrl: page.url(),
    status: input.response?.status() ?? (http && typeof http.status === 'number' ? http.status : null),
    fetchedAt: new Date().toISOString(),
    depth: input.depth,
    timings,
    artifacts: artifacts as PageSnapshot['artifacts'],
  };
}

/** Errors that mean the tab itself is gone: the page must be retried, not partly recorded. */
export function isFatal(err: unknown): boolean {
  const msg = err instanceof Error ? err.message : String(err);
  return /Target closed|Session closed|detached|crashed|Protocol error.*Target|Execution context was destroyed/i.test(msg);
}
