// Runs axe-core in the page. Injected with evaluate, which works under a strict Content-Security-Policy.
import { axeCore as axe } from '../axe-core.js';
import type { Gatherer } from './types.js';

/** WCAG 2.2 A and AA tags; wcag22aa switches on target-size, which axe leaves off by default. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] as const;

const RUN_AXE = (tags: readonly string[]) => String.raw`(async () => {
  const r = await window.axe.run(document, { runOnly: { type: 'tag', values: ${JSON.stringify(tags)} }, resultTypes: ['violations', 'incomplete'] });
  const rule = (x) => ({
    id: x.id, impact: x.impact || null, tags: x.tags, help: x.help, description: x.description, helpUrl: x.helpUrl,
    nodes: x.nodes.map((n) => ({
      selector: n.target.map((t) => Array.isArray(t) ? t.join(' ') : t).join(' >>> '),
      html: n.html.length > 300 ? n.html.slice(0, 300) + '…' : n.html,
      impact: n.impact || null,
      failureSummary: n.failureSummary || null,
    })),
  });
  return {
    version: window.axe.version,
    violations: r.violations.map(rule),
    incomplete: r.incomplete.map(rule),
    passes: r.passes.map((x) => x.id),
    inapplicable: r.inapplicable.map((x) => x.id),
  };
})()`;

export const axeGatherer: Gatherer = {
  name: 'Axe',
  async collect({ page, axeTags }) {
    const present = await page.evaluate('typeof window.axe !== "undefined"');
    if (!present) await page.evaluate(axe.source);
    return page.evaluate(RUN_AXE(axeTags));
  },
};

/** Source to register with evaluateOnNewDocument on tabs the crawler owns. */
export const AXE_SOURCE = axe.source;
