import { definePageRule } from '../../src/rule.js';
import { parseViewport } from './viewport-meta.js';

/** WCAG 1.4.4: the viewport meta must not stop people zooming in. */
export default definePageRule({
  meta: {
    id: 'zoom-not-blocked',
    severity: 'serious',
    title: 'People can zoom in on phones',
    failureTitle: 'The page stops people zooming in on phones',
    description:
      'People with low vision pinch to zoom on their phone to read small text. The viewport meta tag can stop them, so they cannot read the page.',
    wcag: ['1.4.4'],
    act: ['b4f0c3'],
    standards: ['nhs-service-standard:5', 'psbar:reg4', 'dtac:D1.4', 'inclusion:accessibility', 'inclusion:devices-and-data'],
    requires: ['Meta'],
    messages: {
      userScalable: 'The viewport meta tag says "user-scalable={{value}}", which stops people zooming in. Remove user-scalable from the tag.',
      maximumScale: 'The viewport meta tag says "maximum-scale={{value}}", which stops people zooming in more than {{value}} times. Remove maximum-scale, or set it to 5 or more.',
    },
  },
  check({ Meta }, ctx) {
    if (Meta.viewport === null) return 'inapplicable';
    const vp = parseViewport(Meta.viewport);
    const scalable = vp.get('user-scalable');
    // "no" and "0" turn zooming off; numbers between -1 and 1 do too.
    if (scalable !== undefined && (scalable === 'no' || (Number.isFinite(Number(scalable)) && Math.abs(Number(scalable)) < 1))) {
      ctx.report({ messageId: 'userScalable', data: { value: scalable } });
    }
    const max = vp.get('maximum-scale');
    if (max !== undefined && Number.isFinite(Number(max)) && Number(max) < 2) ctx.report({ messageId: 'maximumScale', data: { value: max } });
  },
});
