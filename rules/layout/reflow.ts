import { definePageRule } from '../../src/rule.js';
import { MAX_FINDINGS, reportLost } from './lost-content.js';

/** WCAG 1.4.10: at 320 CSS px wide, content fits the screen without scrolling sideways or being cut off. */
export default definePageRule({
  meta: {
    id: 'reflow',
    severity: 'serious',
    title: 'Content fits a narrow screen without scrolling sideways',
    failureTitle: 'Content does not fit a narrow screen',
    description:
      'People who zoom in to read, and people on small phones, see the page at about 320 pixels wide. If content is wider than that, they must scroll sideways on every line, or part of it is cut off.',
    wcag: ['1.4.10'],
    standards: ['nhs-service-standard:5', 'psbar:reg4', 'dtac:D1.4', 'inclusion:accessibility', 'inclusion:devices-and-data'],
    requires: ['Layout'],
    messages: {
      tooWide:
        'At 320 pixels wide (a small phone, or a screen zoomed to 400%), this element is {{width}} pixels wide and sticks out past the edge of the screen. Let it shrink and wrap to fit, for example with max-width: 100%.',
      wideTable:
        'At 320 pixels wide, this {{tag}} is wider than the screen, so the whole page scrolls sideways. Tables and similar content may scroll, but put them in their own scrolling container so the rest of the page fits.',
      pageScrolls:
        'At 320 pixels wide, the page is {{scrollWidth}} pixels wide and scrolls sideways, but we could not tell which part causes it. Check the page on a small screen or zoomed to 400%.',
      clipped: 'At 320 pixels wide, some text is cut off: "{{text}}". Let the box grow with its content instead of hiding what does not fit.',
      spills: 'At 320 pixels wide, text spills out of its box and may cover other content: "{{text}}". Check it, and let the box grow with its content.',
    },
  },
  check({ Layout }, ctx) {
    const { reflow } = Layout;
    const scrolls = !reflow.viewportClips && reflow.scrollWidth > reflow.clientWidth + 1;
    for (const el of reflow.wide.slice(0, MAX_FINDINGS)) {
      const tag = /^<(\w+)/.exec(el.html)?.[1] ?? 'element';
      if (el.twoDimensional) {
        if (scrolls) ctx.report({ messageId: 'wideTable', selector: el.selector, html: el.html, data: { tag }, outcome: 'needs-review' });
      } else {
        ctx.report({ messageId: 'tooWide', selector: el.selector, html: el.html, data: { width: el.width } });
      }
    }
    if (scrolls && reflow.wide.length === 0) ctx.report({ messageId: 'pageScrolls', data: { scrollWidth: reflow.scrollWidth }, outcome: 'needs-review' });
    reportLost(reflow.lost, ctx, { clipped: 'clipped', spills: 'spills' });
  },
});
