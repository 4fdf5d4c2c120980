import rule from '../../rules/media/audio-autoplay.js';
import { media, player } from '../helpers/layout-media.js';
import { page, ruleTester } from '../helpers/rule-tester.js';

const audio = (over: Parameters<typeof player>[0]) => player({ selector: '#welcome', tag: 'audio', autoplay: true, controls: false, pauseControl: false, ...over });

ruleTester(rule, {
  valid: [
    { name: 'autoplay with controls', input: page({ Media: media({ players: [audio({ controls: true, pauseControl: true })] }) }) },
    { name: 'autoplay with a pause button next to it', input: page({ Media: media({ players: [audio({ pauseControl: true })] }) }) },
    { name: 'a 2 second chime', input: page({ Media: media({ players: [audio({ duration: 2 })] }) }) },
  ],
  invalid: [
    { name: '4 seconds of sound with no controls', input: page({ Media: media({ players: [audio({ duration: 4 })] }) }), findings: [{ messageId: 'autoplays', selector: '#welcome', outcome: 'fail' }] },
    { name: 'a short sound that loops', input: page({ Media: media({ players: [audio({ duration: 1, loop: true })] }) }), findings: [{ messageId: 'autoplays' }] },
    { name: 'started by a script, not the attribute', input: page({ Media: media({ players: [audio({ autoplay: false, playing: true })] }) }), findings: [{ messageId: 'autoplays' }] },
    { name: 'length unknown needs review', input: page({ Media: media({ players: [audio({ duration: null })] }) }), findings: [{ messageId: 'unknownLength', outcome: 'needs-review' }] },
  ],
  inapplicable: [
    { name: 'a muted background video', input: page({ Media: media({ players: [player({ autoplay: true, muted: true, controls: false, pauseControl: false, loop: true })] }) }) },
    { name: 'no media', input: page({ Media: media() }) },
    { name: 'players that do not start by themselves', input: page({ Media: media({ players: [player()] }) }) },
  ],
});
