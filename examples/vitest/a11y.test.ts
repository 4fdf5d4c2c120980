// An accessibility test suite for your own site, using the toHaveNoFindings matcher.
// Set SITE_URL to your site (a preview deployment, say). Without it, this suite serves the
// clean example GP practice site that ships with inclusive-audit, on 127.0.0.1.
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { audit, auditHtml, serveDirectory, type Report } from 'inclusive-audit';
import { matchers } from 'inclusive-audit/vitest';

expect.extend(matchers);

let siteUrl = process.env.SITE_URL ?? '';
let close = async () => {};
beforeAll(async () => {
  if (siteUrl) return;
  const server = await serveDirectory(fileURLToPath(new URL('../../fixtures/sites/gp-practice-clean', import.meta.url)));
  siteUrl = `${server.url}/`;
  close = () => server.close();
});
afterAll(() => close());

describe('our GP practice website', () => {
  let report: Report;
  beforeAll(async () => {
    report = await audit({ urls: [siteUrl, new URL('appointments.html', siteUrl).href], crawl: false });
  }, 120_000);

  it('has no serious or critical accessibility problems on the key pages', () => {
    expect(report.summary.pages.audited).toBe(2);
    expect(report).toHaveNoFindings({ severity: 'serious' });
  });

  it('catches an image with no text alternative in a new component', async () => {
    const component = await auditHtml('<!doctype html><html lang="en"><title>Card</title><main><h1>Card</h1><img src="/map.png"></main></html>', {
      rules: { 'axe/image-alt': 'error' },
    });
    expect(component).not.toHaveNoFindings({ severity: 'critical' });
  }, 60_000);
});
