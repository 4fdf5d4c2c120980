import rule from '../../rules/media/video-captions.js';
import { media, player } from '../helpers/layout-media.js';
import { page, ruleTester } from '../helpers/rule-tester.js';

const track = (kind: string, src = 'https://www.riverside-medical.example/clip.vtt') => ({ kind, srclang: 'en', label: 'English', src });

ruleTester(rule, {
  valid: [
    { name: 'a captions track', input: page({ Media: media({ players: [player({ tracks: [track('captions')] })] }) }) },
    { name: 'a subtitles track', input: page({ Media: media({ players: [player({ tracks: [track('subtitles')] })] }) }) },
    { name: 'a muted background video beside a captioned one', input: page({ Media: media({ players: [player({ selector: '#bg', autoplay: true, muted: true, controls: false }), player({ tracks: [track('captions')] })] }) }) },
  ],
  invalid: [
    { name: 'a video with controls and no tracks', input: page({ Media: media({ players: [player({ selector: '#nhs-app-video' })] }) }), findings: [{ messageId: 'noCaptions', selector: '#nhs-app-video', outcome: 'fail' }] },
    { name: 'only a descriptions track needs review', input: page({ Media: media({ players: [player({ tracks: [track('descriptions')] })] }) }), findings: [{ messageId: 'noCaptions', outcome: 'needs-review' }] },
    { name: 'a captions track with no file needs review', input: page({ Media: media({ players: [player({ tracks: [track('captions', '')] })] }) }), findings: [{ messageId: 'noCaptions', outcome: 'needs-review' }] },
    { name: 'a YouTube video', input: page({ Media: media({ embeds: [{ selector: 'iframe', src: 'https://www.youtube-nocookie.com/embed/x', host: 'youtube-nocookie.com' }] }) }), findings: [{ messageId: 'embed', selector: 'iframe', outcome: 'needs-review' }] },
  ],
  inapplicable: [{ name: 'no video', input: page({ Media: media({ players: [player({ tag: 'audio' })] }) }) }],
});
