// The official SARIF 2.1.0 schema (test/fixtures/README.md says where it came from), compiled
// with ajv. Two upstream defects that stop JavaScript validators compiling it are repaired here.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

const FILE = fileURLToPath(new URL('../fixtures/sarif-schema-2.1.0.json', import.meta.url));
const PCRE_LANGUAGE = '^(?i)[a-zA]{2}(-[a-z]{2})?$';
const JS_LANGUAGE = '^[a-zA-Z]{2}(-[a-zA-Z]{2})?$';

export function sarifValidator() {
  const schema = JSON.parse(readFileSync(FILE, 'utf8'));
  const defs = schema.definitions;
  // 1. region's anyOf sits inside "properties"; it belongs on the region itself.
  const misplaced = defs.region.properties.anyOf;
  if (!Array.isArray(misplaced)) throw new Error('The SARIF schema changed: region.properties.anyOf is gone. Review this repair.');
  delete defs.region.properties.anyOf;
  defs.region.anyOf = misplaced;
  // 2. "(?i)" is a PCRE inline flag; JavaScript needs the case-insensitive class spelled out.
  for (const def of [defs.run, defs.toolComponent]) {
    if (def.properties.language.pattern !== PCRE_LANGUAGE) throw new Error('The SARIF schema changed: language pattern. Review this repair.');
    def.properties.language.pattern = JS_LANGUAGE;
  }
  // strict: false because ajv's schema-authoring lint (e.g. strictRequired) rejects upstream style; validation is unchanged.
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  addFormats(ajv);
  return ajv.compile(schema);
}
