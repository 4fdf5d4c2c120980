// The NHS.UK frontend fixture pages cannot rot: the committed HTML is what the package's templates
// give today, and in Chromium every page loads the package's CSS and JavaScript, every component
// is there and initialised, and the header keeps its priority navigation ("More" menu).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NHSUK_SITE_DIR, renderNhsukPages } from '../../fixtures/nhsuk-frontend/build.mjs';
import { useBrowser } from '../helpers/browser.js';
import { NHSUK_PAGES, useNhsukSite } from '../helpers/nhsuk.js';

describe('NHS.UK frontend fixtures: generated HTML', () => {
  it('matches the templates (run npm run fixtures:nhsuk after changing them)', () => {
    const rendered = renderNhsukPages();
    expect([...rendered.keys()]).toEqual([...NHSUK_PAGES]);
    for (const [file, html] of rendered) expect(readFileSync(join(NHSUK_SITE_DIR, file), 'utf8'), file).toBe(html);
  });
});

/** Components each page must show, by CSS selector. */
const COMPONENTS: Record<string, string[]> = {
  'index.html': ['.nhsuk-header--organisation', '.nhsuk-header__search', '.nhsuk-action-link', '.nhsuk-card--clickable', '.nhsuk-card--primary', '.nhsuk-inset-text'],
  'appointments.html': ['.nhsuk-header--organisation', '.nhsuk-breadcrumb', '.nhsuk-table--responsive', '.nhsuk-details', '.nhsuk-expander', '.nhsuk-card--warning', '.nhsuk-card--care--non-urgent', '.nhsuk-card--care--urgent', '.nhsuk-card--care--emergency', '.nhsuk-pagination'],
  'prescriptions.html': ['.nhsuk-header__service-name', '.nhsuk-header__account', '.nhsuk-back-link', '.nhsuk-error-summary', '.nhsuk-error-message', '.nhsuk-date-input', '.nhsuk-checkboxes__conditional', '.nhsuk-radios__conditional'],
  'opening-times.html': ['.nhsuk-header__navigation--justified', '.nhsuk-tabs', '.nhsuk-table--responsive'],
  'register.html': ['.nhsuk-header__service-name', '.nhsuk-back-link', '.nhsuk-date-input', '.nhsuk-radios__conditional', '.nhsuk-checkboxes__conditional', '.nhsuk-character-count'],
  'services.html': ['.nhsuk-header--white', '.nhsuk-header__navigation--white', '.nhsuk-card--feature', '.nhsuk-card--primary', '.nhsuk-card--secondary'],
  'flu-vaccine.html': ['.nhsuk-header__search', '.nhsuk-breadcrumb', '.nhsuk-contents-list', '.nhsuk-details', '.nhsuk-expander', '.nhsuk-card--warning', '.nhsuk-inset-text', '.nhsuk-pagination', '.nhsuk-action-link'],
  'test-results.html': ['.nhsuk-header--inline', '.nhsuk-table--responsive', '.nhsuk-details', '.nhsuk-pagination'],
  'contact.html': ['.nhsuk-summary-list', '.nhsuk-inset-text'],
};

describe('NHS.UK frontend fixtures in Chromium', () => {
  const browser = useBrowser();
  const site = useNhsukSite();
  let page: Page;
  const failed: string[] = [];
  beforeAll(async () => {
    page = await browser().newPage();
    await page.setViewport({ width: 1280, height: 900 });
    // Local requests only: the package's fonts come from assets.nhs.uk, which is out of reach here.
    page.on('response', (r) => r.url().startsWith('http://127.0.0.1') && r.status() >= 400 && failed.push(`${r.status()} ${r.url()}`));
  });
  afterAll(async () => page?.close());

  it('lists a component check for every page', () => {
    expect(Object.keys(COMPONENTS).sort()).toEqual([...NHSUK_PAGES].sort());
  });

  for (const file of NHSUK_PAGES) {
    it(`${file}: styled, every component present and its JavaScript initialised`, async () => {
      await page.goto(`${site().url}/${file}`, { waitUntil: 'load' });
      const state = await page.evaluate((selectors: string[]) => {
        const header = document.querySelector('.nhsuk-header');
        return {
          missing: selectors.filter((s) => !document.querySelector(s)),
          // Each data-module element gets data-<module>-init once its JavaScript has run.
          notInitialised: [...document.querySelectorAll<HTMLElement>('[data-module]')].filter((el) => !el.hasAttribute(`data-${el.dataset.module}-init`)).map((el) => el.dataset.module),
          modules: document.querySelectorAll('[data-module]').length,
          headerColour: header ? getComputedStyle(header).backgroundColor : null,
          bodyClass: document.body.className,
        };
      }, COMPONENTS[file]!);
      expect(state.missing, 'components missing').toEqual([]);
      expect(state.modules).toBeGreaterThanOrEqual(2);
      expect(state.notInitialised, 'components whose JavaScript did not run').toEqual([]);
      expect(state.bodyClass).toContain('nhsuk-frontend-supported');
      expect(state.headerColour).toBe(file === 'services.html' ? 'rgb(255, 255, 255)' : 'rgb(0, 94, 184)');
    });
  }

  it('loads every local file the pages ask for (CSS, JavaScript, images)', () => {
    expect(failed).toEqual([]);
  });

  it('header: items that do not fit go into the "More" menu, at 1280 px and more so at 320 px', async () => {
    const menuItems = async (width: number) => {
      await page.setViewport({ width, height: 900 });
      await page.goto(`${site().url}/index.html`, { waitUntil: 'load' });
      return page.evaluate(() => ({
        toggle: !!document.querySelector('.nhsuk-header__menu-toggle[aria-expanded="false"]'),
        inMenu: document.querySelectorAll('.nhsuk-header__menu-list .nhsuk-header__navigation-item').length,
      }));
    };
    const wide = await menuItems(1280);
    const narrow = await menuItems(320);
    expect(wide.toggle).toBe(true);
    expect(wide.inMenu).toBeGreaterThan(0);
    expect(narrow.inMenu).toBeGreaterThan(wide.inMenu);
    await page.click('.nhsuk-header__menu-toggle');
    expect(await page.$eval('.nhsuk-header__menu-list', (el) => !el.hasAttribute('hidden'))).toBe(true);
    await page.setViewport({ width: 1280, height: 900 });
  });

  it('forms: conditional content opens, the error summary takes focus, the character count counts', async () => {
    await page.goto(`${site().url}/register.html`, { waitUntil: 'load' });
    const hidden = () => page.$eval('#conditional-previous-gp', (el) => el.classList.contains('nhsuk-radios__conditional--hidden'));
    expect(await hidden()).toBe(true);
    await page.click('#previous-gp');
    expect(await hidden()).toBe(false);
    await page.type('#communication-needs', 'Large print');
    await page.waitForFunction(() => document.querySelector('.nhsuk-character-count__status')?.textContent?.includes('289'));

    await page.goto(`${site().url}/prescriptions.html`, { waitUntil: 'load' });
    expect(await page.evaluate(() => document.activeElement?.classList.contains('nhsuk-error-summary'))).toBe(true);
  });
});
