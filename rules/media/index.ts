import type { Rule } from '../../src/rule.js';
import audioAutoplay from './audio-autoplay.js';
import movingContentPause from './moving-content-pause.js';
import videoCaptions from './video-captions.js';

export const mediaRules: Rule[] = [audioAutoplay, movingContentPause, videoCaptions];
