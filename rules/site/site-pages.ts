// Small helpers for site rules: the audited pages with a given artifact.
import { artifactOf, type ArtifactName, type PageArtifacts, type SiteArtifacts } from '../../src/artifacts.js';

/** Each page that has the artifact, paired with it. Pages whose gatherer failed are left out. */
export function pagesWith<N extends ArtifactName>(site: SiteArtifacts, name: N): { url: string; value: PageArtifacts[N] }[] {
  const out: { url: string; value: PageArtifacts[N] }[] = [];
  for (const page of site.pages) {
    const value = artifactOf(page, name);
    if (value !== undefined) out.push({ url: page.finalUrl || page.url, value });
  }
  return out;
}
