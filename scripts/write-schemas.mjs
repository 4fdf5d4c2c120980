// Writes the JSON Schema files generated from the zod schemas into dist/, after tsup builds:
// the report schema, and the config schema that editors use to autocomplete the config file.
import { writeFileSync } from 'node:fs';
import { z } from 'zod';
const { ReportSchema, ConfigSchema } = await import('../dist/index.js');

function write(name, title, schema, io) {
  const json = z.toJSONSchema(schema, { io, unrepresentable: 'any' });
  writeFileSync(new URL(`../dist/${name}`, import.meta.url), `${JSON.stringify({ $id: `https://unpkg.com/inclusive-audit/dist/${name}`, title, ...json }, null, 2)}\n`);
  console.log(`wrote dist/${name}`);
}
write('report.schema.json', 'inclusive-audit report', ReportSchema, 'output');
write('config.schema.json', 'inclusive-audit config', ConfigSchema, 'input');
