import { definePageRule } from '../../src/rule.js';

/** WCAG 2.2.2: content that moves, blinks or scrolls by itself for more than 5 seconds needs a pause control. */
export default definePageRule({
  meta: {
    id: 'moving-content-pause',
    severity: 'serious',
    title: 'Moving content can be paused',
    failureTitle: 'Some content moves by itself and cannot be paused',
    description:
      'Moving content distracts people with attention difficulties, and makes the page hard to read for people who read slowly or use a screen magnifier. They need a way to stop it.',
    wcag: ['2.2.2'],
    standards: ['nhs-service-standard:5', 'psbar:reg4', 'dtac:D1.4', 'inclusion:accessibility'],
    requires: ['Media'],
    messages: {
      marquee: 'This scrolling <marquee> text moves all the time and cannot be paused. Replace it with plain text.',
      blink: 'This page uses the old <blink> element. Browsers no longer make it blink, but remove it, and do not make text blink in other ways.',
      animation:
        'This element moves or changes by itself ({{what}}) for {{howLong}}, with no pause or stop button near it. Add a button to pause it, stop it after 5 seconds, or remove the animation.',
      carousel:
        'This looks like a carousel that moves by itself, and it has no pause or stop button. Check it. If it moves by itself, add a pause button, or let people move it themselves.',
    },
  },
  check({ Media }, ctx) {
    const { marquees, animations, carousels } = Media;
    if (marquees.length + animations.length + carousels.length === 0) return 'inapplicable';
    for (const m of marquees) {
      if (m.tag === 'blink') ctx.report({ messageId: 'blink', selector: m.selector, html: m.html, outcome: 'needs-review' });
      else if (!m.pauseControl) ctx.report({ messageId: 'marquee', selector: m.selector, html: m.html });
    }
    for (const a of animations.filter((x) => !x.pauseControl).slice(0, 5)) {
      const what = a.name ? `the "${a.name}" ${a.kind === 'css-transition' ? 'transition' : 'animation'}` : 'an animation';
      const howLong = a.infinite ? 'as long as the page is open' : `${Math.round((a.activeMs ?? 0) / 1000)} seconds`;
      ctx.report({ messageId: 'animation', selector: a.selector, html: a.html, data: { what, howLong } });
    }
    // A carousel already reported through a long animation inside it is not reported twice.
    const reported = animations.filter((a) => !a.pauseControl).map((a) => a.selector);
    for (const c of carousels) {
      if (c.pauseControl || !(c.autoAdvance || c.moving) || reported.some((s) => s.startsWith(c.selector))) continue;
      ctx.report({ messageId: 'carousel', selector: c.selector, html: c.html, outcome: 'needs-review' });
    }
  },
});
