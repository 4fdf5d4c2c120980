// Shared by reflow, text-resize and text-spacing: report content that is cut off (a fail) or
// spills out of its box, where it may cover other content (needs review).
import type { PageArtifacts } from '../../src/artifacts.js';
import type { RuleContext } from '../../src/rule.js';

type Lost = PageArtifacts['Layout']['textResize']['lost'][number];

/** Most findings of one kind per page: the first few are enough to show the pattern. */
export const MAX_FINDINGS = 5;

export function reportLost<M extends string>(lost: readonly Lost[], ctx: RuleContext<M, unknown>, ids: { clipped: M; spills: M }): void {
  for (const item of lost.slice(0, MAX_FINDINGS)) {
    const clipped = item.how === 'clipped';
    ctx.report({
      messageId: clipped ? ids.clipped : ids.spills,
      selector: item.selector,
      html: item.html,
      data: { text: item.text.length > 60 ? `${item.text.slice(0, 60)}…` : item.text },
      outcome: clipped ? 'fail' : 'needs-review',
    });
  }
}
