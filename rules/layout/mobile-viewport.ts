import { definePageRule } from '../../src/rule.js';
import { parseViewport } from './viewport-meta.js';

/** A page needs <meta name="viewport" content="width=device-width"> to fit a phone screen. */
export default definePageRule({
  meta: {
    id: 'mobile-viewport',
    severity: 'moderate',
    title: 'The page is set up for phone screens',
    failureTitle: 'The page is not set up for phone screens',
    description:
      'Most patients use a phone to visit their GP website. Without a correct viewport meta tag, phones show a tiny desktop page that people must zoom and scroll around to read.',
    wcag: [],
    standards: ['nhs-service-standard:5', 'nhs-service-standard:4', 'inclusion:devices-and-data'],
    requires: ['Meta'],
    messages: {
      missing: 'The page has no viewport meta tag, so phones show it as a tiny desktop page. Add <meta name="viewport" content="width=device-width, initial-scale=1"> to the <head>.',
      fixedWidth:
        'The viewport meta tag sets the width to "{{width}}" instead of the width of the device, so phones show the page at the wrong size. Use <meta name="viewport" content="width=device-width, initial-scale=1">.',
    },
  },
  check({ Meta }, ctx) {
    if (Meta.viewport === null || Meta.viewport.trim() === '') {
      ctx.report({ messageId: 'missing' });
      return;
    }
    const vp = parseViewport(Meta.viewport);
    const width = vp.get('width');
    // Browsers treat initial-scale on its own as the device width.
    if (width === undefined && vp.has('initial-scale')) return;
    if (width !== 'device-width') ctx.report({ messageId: 'fixedWidth', data: { width: width ?? 'not set' } });
  },
});
