// A programmatic audit: crawl a site, apply a gate policy and print the terminal report.
//   node --experimental-strip-types examples/basic-audit.ts https://www.example-practice.nhs.uk/
import { pathToFileURL } from 'node:url';
import { audit, formatText, gate, type Report } from 'inclusive-audit';

export async function basicAudit(url: string, maxPages = 20): Promise<Report> {
  const report = await audit({ urls: [url], maxPages });
  // Fail on serious or critical problems, and on any problem with the accessibility statement's contact details.
  report.gate = gate(report, { failOn: 'serious', thresholds: { 'psbar:reg8-4c': 0 } });
  return report;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const report = await basicAudit(process.argv[2] ?? 'http://127.0.0.1:8080/');
  process.stdout.write(formatText(report, { colour: process.stdout.isTTY }));
  process.exitCode = report.gate?.passed ? 0 : 1;
}
