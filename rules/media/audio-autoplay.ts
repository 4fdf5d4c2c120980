import { definePageRule } from '../../src/rule.js';

/** Audio that plays by itself for more than 3 seconds needs a way to pause it or turn it down. */
const SECONDS = 3;

export default definePageRule({
  meta: {
    id: 'audio-autoplay',
    severity: 'serious',
    title: 'No sound plays by itself',
    failureTitle: 'Sound plays by itself with no way to stop it',
    description:
      'Sound that starts by itself drowns out screen readers, so blind people cannot hear the page. It can also startle people, or play aloud in a waiting room.',
    wcag: ['1.4.2'],
    act: ['80f0bf'],
    standards: ['nhs-service-standard:5', 'psbar:reg4', 'dtac:D1.4', 'inclusion:accessibility'],
    requires: ['Media'],
    messages: {
      autoplays:
        'This {{tag}} plays sound by itself for {{duration}} with no way to pause it or turn it down. Do not start sound by itself; if you must, add controls (the controls attribute) or a pause button next to it.',
      unknownLength:
        'This {{tag}} is set to play sound by itself, and we could not tell how long it lasts. Check it. Sound that plays for more than 3 seconds needs a pause button or controls.',
    },
  },
  check({ Media }, ctx) {
    const candidates = Media.players.filter((p) => (p.autoplay || p.playing) && !p.muted);
    if (candidates.length === 0) return 'inapplicable';
    for (const p of candidates) {
      if (p.controls || p.pauseControl) continue;
      if (p.duration !== null && p.duration <= SECONDS && !p.loop) continue;
      if (p.duration === null && !p.loop) {
        ctx.report({ messageId: 'unknownLength', selector: p.selector, html: p.html, data: { tag: p.tag }, outcome: 'needs-review' });
        continue;
      }
      const duration = p.loop ? 'as long as the page is open' : `${Math.round(p.duration!)} seconds`;
      ctx.report({ messageId: 'autoplays', selector: p.selector, html: p.html, data: { tag: p.tag, duration } });
    }
  },
});
