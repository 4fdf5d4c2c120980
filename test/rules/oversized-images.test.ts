import rule from '../../rules/data/oversized-images.js';
import type { PageArtifacts } from '../../src/artifacts.js';
import { page, ruleTester, TEST_ORIGIN } from '../helpers/rule-tester.js';

type Image = PageArtifacts['Images'][number];
const img = (selector: string, src: string, natural: number, shown: number, over: Partial<Image> = {}): Image => ({
  selector, src: `${TEST_ORIGIN}/${src}`, alt: '', role: null, width: shown, height: shown, naturalWidth: natural, naturalHeight: natural, visible: true, ...over,
});
const http = (sizes: Record<string, number>, mimeType = 'image/jpeg'): PageArtifacts['Http'] => ({
  status: 200, finalUrl: `${TEST_ORIGIN}/`, redirectChain: [], contentType: 'text/html', headers: {}, documentBytes: 10_000, totalBytes: 50_000,
  resources: Object.entries(sizes).map(([src, bytes]) => ({ url: `${TEST_ORIGIN}/${src}`, type: 'Image', status: 200, bytes, mimeType })),
});

ruleTester(rule, {
  valid: [
    { name: 'twice the shown size, for sharp screens', input: page({ Images: [img('#a', 'a.jpg', 600, 300)], Http: http({ 'a.jpg': 400_000 }) }) },
    { name: 'a small file shown smaller', input: page({ Images: [img('#thumb', 'thumb.jpg', 120, 40)], Http: http({ 'thumb.jpg': 40_000 }) }) },
    { name: 'an SVG', input: page({ Images: [img('#logo', 'logo.svg', 2000, 100), img('#a', 'a.jpg', 300, 300)], Http: http({ 'logo.svg': 200_000 }, 'image/svg+xml') }) },
    { name: 'a hidden image', input: page({ Images: [img('#h', 'h.jpg', 3000, 100, { visible: false }), img('#a', 'a.jpg', 300, 300)], Http: http({ 'h.jpg': 900_000 }) }) },
  ],
  invalid: [
    { name: 'a 400 px photo shown at 150 px', input: page({ Images: [img('#building', 'photo.jpg', 400, 150)], Http: http({ 'photo.jpg': 480_000 }) }), findings: [{ messageId: 'oversized', selector: '#building', outcome: 'needs-review' }] },
    { name: 'size unknown: judged on pixels alone', input: page({ Images: [img('#x', 'x.jpg', 3000, 300)], Http: http({}) }), findings: [{ messageId: 'oversized', selector: '#x' }] },
  ],
  inapplicable: [{ name: 'no images', input: page({ Images: [] }) }],
});
