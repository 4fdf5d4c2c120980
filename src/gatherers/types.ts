import type { HTTPResponse, Page } from 'puppeteer-core';
import type { ArtifactName } from '../artifacts.js';
import type { NetworkLog } from './network.js';

export interface GatherContext {
  page: Page;
  url: string;
  /** Network facts for the current navigation, when the crawler recorded them. */
  network?: NetworkLog;
  /** The main document response, when the crawler navigated the page. */
  response?: HTTPResponse | null;
  axeTags: readonly string[];
}

/** A gatherer is the only code that touches the browser. It returns plain JSON for one artifact. */
export interface Gatherer {
  name: ArtifactName;
  collect(ctx: GatherContext): Promise<unknown>;
}
