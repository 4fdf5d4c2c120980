import rule from '../../rules/layout/reflow.js';
import { layout, lost } from '../helpers/layout-media.js';
import { page, ruleTester } from '../helpers/rule-tester.js';

const wide = (selector: string, twoDimensional = false, width = 700) => ({ selector, html: twoDimensional ? '<table>' : '<div>', width, height: 200, right: width + 16, twoDimensional });

ruleTester(rule, {
  valid: [
    { name: 'the page fits at 320 px', input: page({ Layout: layout() }) },
    {
      name: 'a wide table in its own scrolling container: the page does not scroll',
      input: page({ Layout: layout({ reflow: { scrollWidth: 320, wide: [] } }) }),
    },
    {
      name: 'the page hides sideways overflow and nothing visible sticks out',
      input: page({ Layout: layout({ reflow: { scrollWidth: 600, viewportClips: true } }) }),
    },
  ],
  invalid: [
    {
      name: 'a fixed-width box makes the page scroll sideways',
      input: page({ Layout: layout({ reflow: { scrollWidth: 716, wide: [wide('#fixed')] } }) }),
      findings: [{ messageId: 'tooWide', selector: '#fixed', outcome: 'fail' }],
    },
    {
      name: 'a wide table straight in the page needs review, not a fail',
      input: page({ Layout: layout({ reflow: { scrollWidth: 716, wide: [wide('#clinics', true)] } }) }),
      findings: [{ messageId: 'wideTable', selector: '#clinics', outcome: 'needs-review' }],
    },
    {
      name: 'the page scrolls but no cause was found',
      input: page({ Layout: layout({ reflow: { scrollWidth: 400 } }) }),
      findings: [{ messageId: 'pageScrolls', selector: null, outcome: 'needs-review' }],
    },
    {
      name: 'text cut off, and text spilling out of its box',
      input: page({ Layout: layout({ reflow: { lost: [lost('#banner'), lost('#card', 'spills')] } }) }),
      findings: [
        { messageId: 'clipped', selector: '#banner', outcome: 'fail' },
        { messageId: 'spills', selector: '#card', outcome: 'needs-review' },
      ],
    },
  ],
});
