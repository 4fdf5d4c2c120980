import rule from '../../rules/layout/small-text.js';
import { layout } from '../helpers/layout-media.js';
import { page, ruleTester } from '../helpers/rule-tester.js';

const text = (sizes: [number, number][], blocks: { selector: string; fontSize: number; chars: number }[] = []) =>
  layout({
    text: {
      totalChars: sizes.reduce((n, [, c]) => n + c, 0),
      bySize: sizes.map(([px, chars]) => ({ px, chars })),
      smallBlocks: blocks.map((b) => ({ ...b, html: '<p>' })),
    },
  });

ruleTester(rule, {
  valid: [
    { name: '19 px body text with a little 14 px small print', input: page({ Layout: text([[14, 200], [19, 2000]], [{ selector: '.small-print', fontSize: 14, chars: 200 }]) }) },
    { name: 'exactly 16 px', input: page({ Layout: text([[16, 3000]]) }) },
    { name: 'a raised threshold still allows 19 px', input: page({ Layout: text([[19, 3000]]) }), options: { minPx: 19 } },
  ],
  invalid: [
    {
      name: 'most text is 12 px',
      input: page({ Layout: text([[12, 1500], [24, 100]], [{ selector: '#lead', fontSize: 12, chars: 600 }, { selector: '#other', fontSize: 12, chars: 400 }]) }),
      findings: [{ messageId: 'smallText', selector: '#lead', outcome: 'needs-review' }],
    },
    {
      name: '16 px text with the threshold raised to 19',
      input: page({ Layout: text([[16, 3000]], [{ selector: 'main > p', fontSize: 16, chars: 3000 }]) }),
      options: { minPx: 19 },
      findings: [{ messageId: 'smallText', selector: 'main > p' }],
    },
  ],
  inapplicable: [{ name: 'no text', input: page({ Layout: layout() }) }],
});
