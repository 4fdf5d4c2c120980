// One adapter turns every axe-core WCAG A/AA rule into an inclusive-audit rule, as Lighthouse's
// AxeAudit does. WCAG criteria come from axe's tags; the NHS mappings are the same for all.
import { axeCore as axe } from '../../src/axe-core.js';
import { AXE_TAGS } from '../../src/gatherers/axe.js';
import { definePageRule, type PageRule } from '../../src/rule.js';
import type { AxeRuleResult } from '../../src/artifacts.js';
import { AXE_PLAIN } from './axe-messages.js';

/** Standards every axe rule supports: point 5 (everyone can use it), DTAC D1.4, PSBAR reg 4. */
export const AXE_STANDARDS = ['nhs-service-standard:5', 'dtac:D1.4', 'psbar:reg4', 'inclusion:accessibility'] as const;

/** "wcag143" → "1.4.3", "wcag1410" → "1.4.10". Other tags give null. */
export function wcagFromTag(tag: string): string | null {
  const m = /^wcag(\d)(\d)(\d{1,2})$/.exec(tag);
  return m ? `${m[1]}.${m[2]}.${m[3]}` : null;
}

const MESSAGES = {
  violation: '{{what}} {{todo}}',
  needsReview: 'Check this by hand: {{what}} {{todo}}',
} as const;

export function fromAxe(axeRule: { ruleId: string; description: string; help: string; helpUrl: string; tags: string[]; actIds?: string[] }): PageRule<keyof typeof MESSAGES, 'Axe'> {
  const plain = AXE_PLAIN[axeRule.ruleId];
  const wcag = axeRule.tags.map(wcagFromTag).filter((x): x is string => x !== null);
  const id = `axe/${axeRule.ruleId}`;
  const toData = (result: AxeRuleResult, summary: string | null) => ({
    what: plain?.what ?? `${result.help}.`,
    todo: plain?.todo ?? firstLines(summary) ?? 'See the guidance linked from this finding.',
  });
  return definePageRule({
    meta: {
      id,
      severity: 'serious',
      title: axeRule.help,
      failureTitle: plain?.what ?? axeRule.help,
      description: `${axeRule.description}. Checked by axe-core. [Learn more](${axeRule.helpUrl})`,
      wcag,
      // axe-core's own ACT mapping (axe-core's rule metadata), for the version that runs.
      act: axeRule.actIds ?? [],
      standards: [...AXE_STANDARDS],
      requires: ['Axe'],
      messages: MESSAGES,
      helpUrl: axeRule.helpUrl,
    },
    check({ Axe }, ctx) {
      const violation = Axe.violations.find((v) => v.id === axeRule.ruleId);
      const incomplete = Axe.incomplete.find((v) => v.id === axeRule.ruleId);
      for (const [result, messageId, outcome] of [
        [violation, 'violation', 'fail'],
        [incomplete, 'needsReview', 'needs-review'],
      ] as const) {
        for (const node of result?.nodes ?? []) {
          ctx.report({
            messageId,
            outcome,
            data: toData(result!, node.failureSummary),
            selector: node.selector,
            html: node.html,
            severity: node.impact ?? result!.impact ?? 'serious',
          });
        }
      }
      if (!violation && !incomplete && !Axe.passes.includes(axeRule.ruleId)) return 'inapplicable';
    },
  });
}

/** axe's fix summary without its heading line, shortened to its first two fixes. */
function firstLines(summary: string | null): string | null {
  if (!summary) return null;
  const lines = summary.split('\n').map((l) => l.trim()).filter((l) => l && !/^Fix (any|all) of the following:?$/i.test(l));
  return lines.length ? lines.slice(0, 2).map((l) => (/[.!?]$/.test(l) ? l : `${l}.`)).join(' ') : null;
}

const WANTED_TAGS = new Set<string>(AXE_TAGS);

/** Every axe-core rule tagged WCAG 2.x A or AA (target-size included), as rules. */
export const axeRules: PageRule[] = axe
  .getRules()
  .filter((r) => r.tags.some((t) => WANTED_TAGS.has(t)))
  .map((r) => fromAxe(r) as unknown as PageRule);
