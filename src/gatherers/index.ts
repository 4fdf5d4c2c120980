// The gatherer registry. Each artifact has exactly one gatherer.
import type { ArtifactName } from '../artifacts.js';
import { axeGatherer } from './axe.js';
import { layoutGatherer } from './layout.js';
import { mediaGatherer } from './media.js';
import { noScriptGatherer } from './no-script.js';
import * as scripts from './in-page.js';
import { keyboardGatherer } from './keyboard.js';
import { cookiesGatherer, navigationGatherer, popupsGatherer } from './furniture.js';
import type { Gatherer } from './types.js';
import { COLLECT_DESIGN_SYSTEM } from './design-system.js';

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
  domGatherer('DesignSystem', COLLECT_DESIGN_SYSTEM),
  // On load, before anything scrolls or clicks.
  popupsGatherer,
  navigationGatherer,
  cookiesGatherer,
  mediaGatherer,
  axeGatherer,
  // After the DOM gatherers and axe: it re-lays out the page (and puts it back).
  layoutGatherer,
  // Its own tab with JavaScript off; off by default.
  noScriptGatherer,
  // Last: it moves focus and scroll.
  keyboardGatherer,
];

export type { Gatherer, GatherContext } from './types.js';
