import { z } from 'zod';
import { definePageRule } from '../../src/rule.js';
import { findTerm } from '../../src/readability/find-terms.js';
import { WORD_LISTS, type WordList } from '../../src/readability/word-lists.js';
import { englishBlocks, PLAIN_LANGUAGE_STANDARDS } from './content-blocks.js';

const Options = z.object({
  /** Which lists to use. */
  lists: z.array(z.enum(['nhs-a-to-z', 'gds-words-to-avoid', 'gp-task-terms'])).default(['nhs-a-to-z', 'gds-words-to-avoid', 'gp-task-terms']),
  /** Terms to allow on this site, for example "key" on a page about key safes. */
  allow: z.array(z.string()).default([]),
});

const MESSAGE_FOR: Record<WordList['id'], 'nhsWord' | 'gdsWord' | 'taskWord'> = {
  'nhs-a-to-z': 'nhsWord',
  'gds-words-to-avoid': 'gdsWord',
  'gp-task-terms': 'taskWord',
};

/** Jargon and vague words make people stop, guess or give up. */
export default definePageRule({
  meta: {
    id: 'words-to-avoid',
    severity: 'moderate',
    title: 'Content uses plain words',
    failureTitle: 'Content uses words that many people find hard',
    description:
      'Medical and official words make people stop, guess or give up. Patients often do not know what "triage" or "online consultation" means, so they cannot find how to get help. Plain words work for everyone, including experts.',
    wcag: ['3.1.3'],
    standards: [...PLAIN_LANGUAGE_STANDARDS, 'gp-website:task-wording'],
    requires: ['MainText'],
    options: Options,
    messages: {
      nhsWord: 'This says "{{found}}": "{{context}}". The NHS A to Z of health writing says to avoid it. Use "{{instead}}" instead.',
      gdsWord: 'This says "{{found}}": "{{context}}". GOV.UK lists it as a word to avoid, because it is vague. Use {{instead}}.',
      taskWord: 'This says "{{found}}": "{{context}}". NHS England\'s GP website guidance says patients often do not understand it. Instead, {{instead}}.',
    },
  },
  check({ MainText }, ctx) {
    const blocks = englishBlocks(MainText);
    if (!blocks.length) return 'inapplicable';
    const allow = new Set(ctx.options.allow.map((a) => a.toLowerCase()));
    const lists = WORD_LISTS.filter((l) => ctx.options.lists.includes(l.id));
    for (const block of blocks) {
      for (const list of lists) {
        for (const entry of list.entries) {
          if (allow.has(entry.term.toLowerCase())) continue;
          const match = findTerm(block.text, [entry.term, ...(entry.forms ?? [])])[0];
          if (!match) continue;
          ctx.report({
            messageId: MESSAGE_FOR[list.id],
            selector: block.selector,
            outcome: entry.review ? 'needs-review' : 'fail',
            severity: list.id === 'gp-task-terms' ? 'serious' : entry.review ? 'minor' : 'moderate',
            data: { found: match.found, context: match.context, instead: entry.instead, list: list.name },
          });
        }
      }
    }
  },
});
