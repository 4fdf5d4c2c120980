// DTAC section D evidence: audit the site, keep the JSON report, and write the evidence pack.
// The same as: inclusive-audit URL --reporter json=report.json && inclusive-audit evidence report.json --out evidence
//   node --experimental-strip-types examples/dtac-evidence.ts https://www.example-practice.nhs.uk/ evidence
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ALL_RULES, audit, formatJson, writeEvidencePack } from 'inclusive-audit';

export async function dtacEvidence(url: string, outDir: string, maxPages = 50): Promise<string[]> {
  // Count NHS design system components for D1.10 when that rule is available (it is off by default).
  const designSystem = ALL_RULES.some((r) => r.meta.id === 'nhs-design-system-usage');
  const report = await audit({ urls: [url], maxPages, rules: designSystem ? { 'nhs-design-system-usage': 'warn' } : {} });
  mkdirSync(outDir, { recursive: true });
  writeFileSync(join(outDir, 'report.json'), formatJson(report));
  return writeEvidencePack(report, outDir);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const files = await dtacEvidence(process.argv[2] ?? 'http://127.0.0.1:8080/', process.argv[3] ?? 'evidence');
  console.log(`Wrote ${files.join(' and ')}. Read the manual checklist in it: automated checks cannot prove compliance.`);
}
