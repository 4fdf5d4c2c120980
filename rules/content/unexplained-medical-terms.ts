import { definePageRule } from '../../src/rule.js';
import { findTerm, hasTerm } from '../../src/readability/find-terms.js';
import { MEDICAL_TERMS } from '../../src/readability/medical-terms.js';
import { englishBlocks, PLAIN_LANGUAGE_STANDARDS } from './content-blocks.js';

/** A medical word with no plain word next to it leaves many patients guessing. */
export default definePageRule({
  meta: {
    id: 'unexplained-medical-terms',
    severity: 'minor',
    advisory: true,
    title: 'Medical words are explained',
    failureTitle: 'Some medical words are not explained',
    description:
      'Many patients do not know medical words such as "haemorrhoids" or "hypertension". The NHS puts the plain word first and the medical word after it, for example "piles (haemorrhoids)", so everyone understands and people can still search for the medical word.',
    wcag: ['3.1.3'],
    standards: PLAIN_LANGUAGE_STANDARDS,
    requires: ['MainText'],
    messages: {
      unexplained: 'This uses the medical word "{{found}}" with no plain word near it: "{{context}}". Put the plain word first, then the medical word in brackets, for example "{{gloss}} ({{term}})".',
    },
  },
  check({ MainText }, ctx) {
    const blocks = englishBlocks(MainText);
    if (!blocks.length) return 'inapplicable';
    const reported = new Set<string>();
    blocks.forEach((block, i) => {
      // A gloss in the same block, or the block just before or after, explains the term.
      const nearby = [blocks[i - 1]?.text ?? '', block.text, blocks[i + 1]?.text ?? ''].join('\n');
      for (const t of MEDICAL_TERMS) {
        if (reported.has(t.term)) continue;
        const match = findTerm(block.text, [t.term, ...(t.forms ?? [])])[0];
        if (!match || hasTerm(nearby, t.glosses)) continue;
        reported.add(t.term);
        ctx.report({ messageId: 'unexplained', selector: block.selector, data: { found: match.found, context: match.context, term: t.term, gloss: t.glosses[0]! } });
      }
    });
  },
});
