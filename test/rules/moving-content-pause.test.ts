import rule from '../../rules/media/moving-content-pause.js';
import { media } from '../helpers/layout-media.js';
import { page, ruleTester } from '../helpers/rule-tester.js';

const anim = (selector: string, over: { infinite?: boolean; activeMs?: number | null; pauseControl?: boolean } = {}) => ({
  selector, html: '<div>', kind: 'css-animation' as const, name: 'slide', infinite: true, activeMs: null, pauseControl: false, ...over,
});
const carousel = (selector: string, over: { autoAdvance?: boolean; moving?: boolean; pauseControl?: boolean } = {}) => ({
  selector, html: '<div class="carousel">', autoAdvance: true, moving: false, pauseControl: false, ...over,
});

ruleTester(rule, {
  valid: [
    { name: 'a decorative animation with a pause button', input: page({ Media: media({ animations: [anim('.wave', { pauseControl: true })] }) }) },
    { name: 'a carousel that people move themselves', input: page({ Media: media({ carousels: [carousel('.carousel', { autoAdvance: false })] }) }) },
    { name: 'an auto-advancing carousel with a pause button', input: page({ Media: media({ carousels: [carousel('.carousel', { pauseControl: true })] }) }) },
    { name: 'a marquee with a stop button', input: page({ Media: media({ marquees: [{ selector: 'marquee', html: '<marquee>', tag: 'marquee', pauseControl: true }] }) }) },
  ],
  invalid: [
    {
      name: 'a marquee and an endless animation',
      input: page({ Media: media({ marquees: [{ selector: '#ticker', html: '<marquee>', tag: 'marquee', pauseControl: false }], animations: [anim('#banner')] }) }),
      findings: [{ messageId: 'marquee', selector: '#ticker', outcome: 'fail' }, { messageId: 'animation', selector: '#banner', outcome: 'fail' }],
    },
    { name: 'a 12 second animation', input: page({ Media: media({ animations: [anim('#intro', { infinite: false, activeMs: 12_000 })] }) }), findings: [{ messageId: 'animation', selector: '#intro' }] },
    {
      name: 'an auto-advancing carousel needs review; one already reported through its animation is not repeated',
      input: page({ Media: media({ animations: [anim('#hero > .track')], carousels: [carousel('#hero', { moving: true }), carousel('#offers')] }) }),
      findings: [{ messageId: 'animation', selector: '#hero > .track' }, { messageId: 'carousel', selector: '#offers', outcome: 'needs-review' }],
    },
    { name: 'an old blink element', input: page({ Media: media({ marquees: [{ selector: 'blink', html: '<blink>', tag: 'blink', pauseControl: false }] }) }), findings: [{ messageId: 'blink', outcome: 'needs-review' }] },
  ],
  inapplicable: [{ name: 'nothing moves', input: page({ Media: media() }) }],
});
