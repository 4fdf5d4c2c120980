// Small helpers for site rules: the audited pages with a given artifact.
import { isArtifactError, type ArtifactName, type PageArtifacts, type SiteArtifacts } from '../../src/artifacts.js';

/** Each page that has the artifact, paired with it. Pages whose gatherer failed are left out. */
export function pagesWith<N extends ArtifactName>(site: SiteArtifacts, name: N): { url: string; value: PageArtifacts[N] }[] {
  const out: { url: string; value: PageArtifacts[N] }[] = [];
  for (const page of site.pages) {
    const value = page.artifacts[name];
    if (value !== undefined && !isArtifactError(value)) out.push({ url: page.finalUrl || page.url, value: value as PageArtifacts[N] });
  }
  return out;
}
