// Shared helpers for the content rules: which main-content blocks are English, and quoting.
import type { PageArtifacts, TextBlock } from '../../src/artifacts.js';
import { isEnglish, shorten } from '../../src/readability/index.js';

/** The standards every plain-language rule maps to. */
export const PLAIN_LANGUAGE_STANDARDS = ['nhs-service-standard:4', 'nhs-service-standard:5', 'gp-website:plain-english', 'inclusion:skills'] as const;

/** Blocks in English (a block with no lang takes the page's; no lang at all counts as English). */
export function englishBlocks(main: PageArtifacts['MainText']): TextBlock[] {
  return main.blocks.filter((b) => isEnglish(b.lang ?? main.lang));
}

/** Blocks that hold running text: not headings, table cells, buttons or labels. */
export function isProse(block: TextBlock): boolean {
  return block.kind === 'paragraph' || block.kind === 'list-item' || block.kind === 'quote' || block.kind === 'other';
}

/** Text shortened for a message, so findings stay readable. */
export function quote(text: string, max = 160): string {
  return shorten(text.replace(/\s+/g, ' ').trim(), max);
}
