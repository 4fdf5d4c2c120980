// Writes the JSON Schema files generated from the zod schemas into dist/, after tsup builds.
import { writeFileSync } from 'node:fs';
import { z } from 'zod';
const { ReportSchema } = await import('../dist/index.js');
const schema = z.toJSONSchema(ReportSchema, { io: 'output', unrepresentable: 'any' });
writeFileSync(new URL('../dist/report.schema.json', import.meta.url), `${JSON.stringify({ $id: 'https://unpkg.com/inclusive-audit/dist/report.schema.json', title: 'inclusive-audit report', ...schema }, null, 2)}\n`);
console.log('wrote dist/report.schema.json');
