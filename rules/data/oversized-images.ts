import { z } from 'zod';
import { definePageRule } from '../../src/rule.js';
import { megabytes } from './data-cost.js';

/** Advisory: an image much bigger than it is shown wastes data. 2x covers high-density screens. */
export default definePageRule({
  meta: {
    id: 'oversized-images',
    severity: 'minor',
    advisory: true,
    title: 'Images are no bigger than they need to be',
    failureTitle: 'Some images are much bigger than they are shown',
    description:
      'A photo that is far bigger than it appears on screen makes the page slow and uses up data, which costs patients on pay-as-you-go plans.',
    wcag: [],
    standards: ['nhs-service-standard:5', 'inclusion:devices-and-data'],
    requires: ['Images', 'Http'],
    options: z.object({
      /** Natural size over shown size, in both width and height. */
      ratio: z.number().positive().default(2),
      /** Only images that transferred more than this, when the size is known. */
      minBytes: z.number().int().nonnegative().default(100_000),
    }),
    messages: {
      oversized:
        'This image is {{naturalWidth}} by {{naturalHeight}} pixels ({{size}}) but is shown at {{width}} by {{height}}. Save a smaller copy, about twice the shown size at most, or use srcset.',
    },
  },
  check({ Images, Http }, ctx) {
    const shown = Images.filter((i) => i.visible && i.width > 0 && i.height > 0 && i.naturalWidth > 0 && !/\.svg(\?|#|$)/i.test(i.src));
    if (shown.length === 0) return 'inapplicable';
    const bytesOf = new Map(Http.resources.map((r) => [r.url, r]));
    for (const img of shown) {
      if (img.naturalWidth <= img.width * ctx.options.ratio || img.naturalHeight <= img.height * ctx.options.ratio) continue;
      const res = bytesOf.get(img.src);
      if (res?.mimeType === 'image/svg+xml') continue;
      const bytes = res && res.bytes > 0 ? res.bytes : null;
      if (bytes !== null && bytes < ctx.options.minBytes) continue;
      ctx.report({
        messageId: 'oversized',
        selector: img.selector,
        data: { naturalWidth: img.naturalWidth, naturalHeight: img.naturalHeight, width: img.width, height: img.height, size: bytes === null ? 'size unknown' : megabytes(bytes) },
      });
    }
  },
});
