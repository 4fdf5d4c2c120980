import { definePageRule } from '../../src/rule.js';

/** WCAG 1.2.2: videos with sound need captions. */
export default definePageRule({
  meta: {
    id: 'video-captions',
    severity: 'serious',
    title: 'Videos have captions',
    failureTitle: 'Some videos have no captions',
    description:
      'Deaf people and people with hearing loss need captions to follow a video. Captions also help people watching without sound, for example in a waiting room.',
    wcag: ['1.2.2'],
    act: ['eac66b', 'f51b46'],
    standards: ['nhs-service-standard:5', 'psbar:reg4', 'dtac:D1.4', 'ais:meet', 'inclusion:accessibility'],
    requires: ['Media'],
    messages: {
      noCaptions:
        'This video has no captions track. Add a <track kind="captions"> with a captions file (WebVTT). If the captions are part of the picture, or the video has no sound, you can ignore this.',
      embed:
        'This page has a video from {{host}}. We cannot check its captions. Check that captions are turned on for it, and that they are correct, not only automatic.',
    },
  },
  check({ Media }, ctx) {
    // A muted video with no controls cannot play sound, so it has nothing to caption.
    const videos = Media.players.filter((p) => p.tag === 'video' && p.visible && (p.controls || !p.muted));
    if (videos.length + Media.embeds.length === 0) return 'inapplicable';
    for (const v of videos) {
      if (v.tracks.some((t) => (t.kind === 'captions' || t.kind === 'subtitles') && t.src)) continue;
      // Controls and sound with no text track at all is clear enough to fail; the rest needs a person.
      const clear = v.controls && !v.muted && v.tracks.length === 0;
      ctx.report({ messageId: 'noCaptions', selector: v.selector, html: v.html, outcome: clear ? 'fail' : 'needs-review' });
    }
    for (const e of Media.embeds) ctx.report({ messageId: 'embed', selector: e.selector, data: { host: e.host }, outcome: 'needs-review' });
  },
});
