// The gatherer registry. Each artifact has exactly one gatherer.
import type { ArtifactName } from '../artifacts.js';
import { axeGatherer } from './axe.js';
import * as scripts from './in-page.js';
import type { Gatherer } from './types.js';

/** A gatherer that evaluates one in-page script and returns its JSON. */
function domGatherer(name: ArtifactName, script: string): Gatherer {
  return { name, collect: ({ page }) => page.evaluate(script) };
}

const httpGatherer: Gatherer = {
  name: 'Http',
  async collect({ network, page, response }) {
    if (!network) throw new Error('The network was not recorded for this page.');
    return network.toArtifact(response ?? null, page.url());
  },
};

export const GATHERERS: readonly Gatherer[] = [
  httpGatherer,
  domGatherer('Meta', scripts.COLLECT_META),
  domGatherer('Links', scripts.COLLECT_LINKS),
  domGatherer('Headings', scripts.COLLECT_HEADINGS),
  domGatherer('Landmarks', scripts.COLLECT_LANDMARKS),
  domGatherer('Forms', scripts.COLLECT_FORMS),
  domGatherer('Images', scripts.COLLECT_IMAGES),
  domGatherer('MainText', scripts.COLLECT_MAIN_TEXT),
  domGatherer('BodyText', scripts.COLLECT_BODY_TEXT),
  domGatherer('Scripts', scripts.COLLECT_SCRIPTS),
  axeGatherer,
];

export type { Gatherer, GatherContext } from './types.js';
