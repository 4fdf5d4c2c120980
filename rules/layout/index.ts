import type { Rule } from '../../src/rule.js';
import justifiedText from './justified-text.js';
import mobileViewport from './mobile-viewport.js';
import reflow from './reflow.js';
import smallText from './small-text.js';
import textResize from './text-resize.js';
import textSpacing from './text-spacing.js';
import touchTargetSize from './touch-target-size.js';
import zoomNotBlocked from './zoom-not-blocked.js';

export const layoutRules: Rule[] = [reflow, zoomNotBlocked, textResize, textSpacing, smallText, justifiedText, touchTargetSize, mobileViewport];
