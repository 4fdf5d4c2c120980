// The config file: found upward to the project root, validated with errors that name the field.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ConfigSchema, findConfigFile, loadConfig, resolveConfig } from '../src/config.js';
import { definePageRule } from '../src/rule.js';

const root = mkdtempSync(join(tmpdir(), 'ia-config-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const tinyWeight = definePageRule({
  meta: {
    id: 'tiny-weight',
    severity: 'minor',
    title: 'Page is light',
    failureTitle: 'Page is heavy',
    description: 'Heavy pages cost patients data.',
    wcag: [],
    standards: ['nhs-service-standard:5', 'inclusion:devices-and-data'],
    requires: ['Http'],
    messages: { heavy: 'The page is {{bytes}} bytes. Make it smaller.' },
    options: z.object({ failBytes: z.number().positive().default(2_000_000) }),
  },
  check: () => undefined,
});

async function problems(raw: unknown): Promise<string> {
  try {
    await resolveConfig(raw, join(root, 'inclusive-audit.config.mjs'));
  } catch (err) {
    return (err as Error).message;
  }
  throw new Error('expected the config to be rejected');
}

describe('config validation', () => {
  it("checks rule options against the rule's own schema", async () => {
    const msg = await problems({ plugins: [tinyWeight], rules: { 'tiny-weight': { level: 'error', options: { failBytes: '2MB' } } } });
    expect(msg).toContain('rules.tiny-weight.options.failBytes: expected a positive number, got "2MB"');
    const ok = await resolveConfig({ plugins: [tinyWeight], rules: { 'tiny-weight': { options: { failBytes: 500_000 } } } }, join(root, 'x.mjs'));
    expect(ok.extraRules.map((r) => r.meta.id)).toEqual(['tiny-weight']);
  });

  it('names each bad field and what is wrong with it', async () => {
    const msg = await problems({ maxPages: 0, failOn: 'sometimes', concurrency: 'two', reporters: { pdf: 'x.pdf' }, colour: true, urls: ['ftp://x'] });
    expect(msg).toContain('maxPages: expected a positive number, got 0');
    expect(msg).toContain('failOn: expected one of "minor", "moderate", "serious", "critical", "none", got "sometimes"');
    expect(msg).toContain('concurrency: expected a whole number of 1 or more, got "two"');
    expect(msg).toContain('reporters: unknown field "pdf"');
    expect(msg).toContain('unknown field "colour"');
    expect(msg).toContain('urls.0: expected an absolute http or https URL');
  });

  it('rejects unknown rules, options for rules without them, and unknown standards', async () => {
    expect(await problems({ rules: { 'no-such-rule': 'warn' } })).toContain('rules.no-such-rule: there is no rule with this id');
    expect(await problems({ rules: { 'broken-links': { options: { x: 1 } } } })).toContain('rules.broken-links.options: this rule takes no options');
    expect(await problems({ thresholds: { 'psbar:reg99': 0 } })).toMatch(/thresholds\.psbar:reg99: expected a standard id/);
  });

  it('resolves paths against the config file folder', async () => {
    const { config } = await resolveConfig({ reporters: { html: 'out/report.html', text: '-' }, baseline: 'a11y-baseline.json' }, join(root, 'site', 'inclusive-audit.config.json'));
    expect(config.reporters).toEqual({ html: join(root, 'site', 'out', 'report.html'), text: '-' });
    expect(config.baseline).toBe(join(root, 'site', 'a11y-baseline.json'));
  });

  it('has a JSON Schema for editors', () => {
    const schema = z.toJSONSchema(ConfigSchema, { io: 'input', unrepresentable: 'any' }) as { properties: Record<string, unknown> };
    expect(Object.keys(schema.properties)).toEqual(expect.arrayContaining(['urls', 'rules', 'failOn', 'thresholds', 'reporters', 'baseline', 'plugins']));
  });
});

describe('finding the config file', () => {
  it('looks from the working folder up to the folder with package.json, and no further', () => {
    const project = join(root, 'project');
    const deep = join(project, 'a', 'b');
    mkdirSync(deep, { recursive: true });
    writeFileSync(join(root, 'inclusive-audit.config.json'), '{}');
    expect(findConfigFile(deep)).toBe(join(root, 'inclusive-audit.config.json'));
    writeFileSync(join(project, 'package.json'), '{}');
    expect(findConfigFile(deep)).toBeNull();
    writeFileSync(join(project, 'inclusive-audit.config.mjs'), 'export default { maxPages: 5 };');
    expect(findConfigFile(deep)).toBe(join(project, 'inclusive-audit.config.mjs'));
  });

  it('loads a .mjs config with a plugin file of rules', async () => {
    const dir = join(root, 'plugin');
    mkdirSync(dir, { recursive: true });
    writeFileSync(
      join(dir, 'rules.mjs'),
      `export default [{ meta: { id: 'my-rule', scope: 'page', severity: 'minor', title: 'Fine', failureTitle: 'Not fine', description: 'A rule of our own.', wcag: [], standards: [], requires: [], messages: { m: 'Fix it.' } }, check() {} }];`,
    );
    writeFileSync(join(dir, 'inclusive-audit.config.mjs'), `export default { plugins: ['./rules.mjs'], rules: { 'my-rule': 'error' }, maxPages: 5 };`);
    const loaded = await loadConfig({ cwd: dir });
    expect(loaded.config.maxPages).toBe(5);
    expect(loaded.extraRules.map((r) => r.meta.id)).toEqual(['my-rule']);
    writeFileSync(join(dir, 'bad.json'), '{ "maxPages": ');
    await expect(loadConfig({ cwd: dir, file: 'bad.json' })).rejects.toThrow(/is not valid JSON/);
  });
});
