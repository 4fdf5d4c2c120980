// A page whose MainText artifact holds the given blocks, for the content rules' tests.
import type { TextBlock } from '../../src/artifacts.js';
import { page } from './rule-tester.js';

export type BlockSpec = Partial<TextBlock> & { selector: string; text: string };

export function mainText(blocks: BlockSpec[], lang: string | null = 'en-GB') {
  return page({
    MainText: { root: 'main', rootFound: 'main', lang, blocks: blocks.map((b) => ({ tag: 'p', kind: 'paragraph', lang: null, italic: false, ...b })) },
  });
}
