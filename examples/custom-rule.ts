// A rule of your own, run beside the built-in ones. Pass it to audit(), auditHtml() or
// auditSnapshots() as `extraRules`, or list its module in the config file's "plugins":
//   { "plugins": ["./examples/custom-rule.ts"], "rules": { "no-placeholder-text": "error" } }
// (the CLI loads plugins with import(), so compile TypeScript to .js or .mjs first).
import { pathToFileURL } from 'node:url';
import { audit, definePageRule, type Report } from 'inclusive-audit';

const PLACEHOLDERS = /\b(lorem ipsum|coming soon|under construction|TODO)\b/i;

export const noPlaceholderText = definePageRule({
  meta: {
    id: 'no-placeholder-text',
    severity: 'moderate',
    title: 'Page has no placeholder text',
    failureTitle: 'Page has placeholder text',
    description: 'Placeholder text such as "coming soon" leaves patients without the information they came for.',
    wcag: [],
    standards: ['nhs-service-standard:4', 'gp-website:content-review', 'inclusion:trust'],
    requires: ['BodyText'],
    messages: { placeholder: 'The page says "{{text}}". Replace it with the real information, or remove the page.' },
  },
  check({ BodyText }, ctx) {
    const match = PLACEHOLDERS.exec(BodyText.text);
    if (match) ctx.report({ messageId: 'placeholder', data: { text: match[0] } });
  },
});

export default noPlaceholderText;

export function auditWithCustomRule(url: string, maxPages = 10): Promise<Report> {
  return audit({ urls: [url], maxPages, extraRules: [noPlaceholderText] });
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const report = await auditWithCustomRule(process.argv[2] ?? 'http://127.0.0.1:8080/');
  for (const f of report.findings.filter((x) => x.ruleId === 'no-placeholder-text')) console.log(`${f.url}: ${f.message}`);
}
