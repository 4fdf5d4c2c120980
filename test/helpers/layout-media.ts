// Builders for Layout and Media artifacts in rule tests: give the parts a case cares about.
import type { PageArtifacts } from '../../src/artifacts.js';

type Layout = PageArtifacts['Layout'];
type Media = PageArtifacts['Media'];
type Lost = Layout['textResize']['lost'][number];

export function layout(parts: Partial<Omit<Layout, 'reflow'>> & { reflow?: Partial<Layout['reflow']> } = {}): Layout {
  const { reflow, ...rest } = parts;
  return {
    viewport: { width: 800, height: 600 },
    reflow: { width: 320, scrollWidth: 320, clientWidth: 320, viewportClips: false, wide: [], lost: [], ...reflow },
    textResize: { lost: [] },
    textSpacing: { lost: [] },
    text: { totalChars: 0, bySize: [], smallBlocks: [] },
    justified: [],
    smallTargets: [],
    ...rest,
  };
}

export const lost = (selector: string, how: Lost['how'] = 'clipped', text = 'The surgery is closed on Friday afternoon'): Lost => ({
  selector, html: `<div>${text}</div>`, width: 300, height: 75, how, text,
});

export function media(parts: Partial<Media> = {}): Media {
  return { players: [], embeds: [], marquees: [], animations: [], carousels: [], ...parts };
}

export const player = (over: Partial<Media['players'][number]> = {}): Media['players'][number] => ({
  selector: '#player', html: '<video>', tag: 'video', autoplay: false, playing: false, muted: false, controls: true, loop: false,
  duration: 60, tracks: [], visible: true, pauseControl: true, ...over,
});
