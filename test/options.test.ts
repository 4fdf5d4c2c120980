import { expect, it } from 'vitest';
import { UsageError } from '../src/errors.js';
import { resolveOptions } from '../src/options.js';

it('names every bad option and what is wrong with it, in plain words', () => {
  let error: unknown;
  try {
    resolveOptions({ urls: ['ftp://files.example/'], maxPages: -1, concurrency: 'two' });
  } catch (err) {
    error = err;
  }
  expect(error).toBeInstanceOf(UsageError);
  expect((error as Error).message.split('\n')).toEqual([
    'options.urls.0: expected an absolute http or https URL',
    'options.maxPages: expected a positive number, got -1',
    'options.concurrency: expected a whole number of 1 or more, got "two"',
  ]);
});

it('fills in the defaults', () => {
  expect(resolveOptions({ urls: ['https://gp.example/'] })).toMatchObject({ maxPages: 100, maxDepth: 10, concurrency: 2, sampleInteractive: 5, crawl: true });
});
