// Cost of scoring a page of 10,000 words. Run `npm run build` first: this imports dist/.
// Usage: node bench/readability.mjs
import { readability, readabilityOfBlocks } from '../dist/index.js';

const SENTENCES = [
  'Piles are lumps inside and around your bottom.',
  'Dr. Patel can see you at 8.30am, e.g. on a Monday.',
  'Where a clinician determines that an individual\'s fitness for work is impaired, a statement may be issued.',
  'Call us on 01632 960 123 or use our online form.',
  'Eat more fruit, vegetables and whole-grain bread to keep your poo soft.',
];
const blocks = [];
let words = 0;
for (let i = 0; words < 10_000; i++) {
  const text = SENTENCES.map((s, j) => (i + j) % 3 === 0 ? s.replace('bottom', `bottom number ${i}`) : s).join(' ');
  words += text.split(/\s+/).length;
  blocks.push({ text, selector: `main > p:nth-of-type(${i + 1})`, kind: 'paragraph' });
}
const whole = blocks.map((b) => b.text).join('\n');

function median(fn, runs = 15) {
  fn(); // warm up
  const times = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

let t = performance.now();
const page = readabilityOfBlocks(blocks);
const cold = performance.now() - t;
console.log(`page: ${page.page.counts.words} words in ${blocks.length} blocks`);
console.log(`first run, cold caches: ${cold.toFixed(1)} ms`);
console.log(`readabilityOfBlocks: ${median(() => readabilityOfBlocks(blocks)).toFixed(1)} ms median (budget 50 ms)`);
console.log(`readability (one string): ${median(() => readability(whole)).toFixed(1)} ms median (budget 50 ms)`);
