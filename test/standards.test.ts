import { describe, expect, it } from 'vitest';
import {
  MANUAL_ONLY_WCAG,
  STANDARD_FAMILIES,
  WCAG_AA_CRITERIA,
  WCAG_CRITERIA,
  isKnownStandard,
  standardItem,
  standardsByFamily,
  wcagCriterion,
  wcagUrl,
  type StandardFamilyId,
} from '../src/standards.js';

const count = <T>(xs: readonly T[], pred: (x: T) => boolean) => xs.filter(pred).length;

describe('WCAG 2.2 criteria', () => {
  it('lists all 87 SC of WCAG 2.2, with only 4.1.1 obsolete', () => {
    expect(WCAG_CRITERIA).toHaveLength(87);
    expect(WCAG_CRITERIA.filter((sc) => sc.obsolete).map((sc) => sc.id)).toEqual(['4.1.1']);
  });

  it('has 86 criteria in force: 31 A, 24 AA, 31 AAA', () => {
    const live = WCAG_CRITERIA.filter((sc) => !sc.obsolete);
    expect(live).toHaveLength(86);
    expect(count(live, (sc) => sc.level === 'A')).toBe(31);
    expect(count(live, (sc) => sc.level === 'AA')).toBe(24);
    expect(count(live, (sc) => sc.level === 'AAA')).toBe(31);
  });

  it('counts by version: 2.2 adds 9 (2 A, 4 AA, 3 AAA), 2.1 added 17', () => {
    const v22 = WCAG_CRITERIA.filter((sc) => sc.version === '2.2');
    expect(v22.map((sc) => sc.id).sort()).toEqual(
      ['2.4.11', '2.4.12', '2.4.13', '2.5.7', '2.5.8', '3.2.6', '3.3.7', '3.3.8', '3.3.9'].sort(),
    );
    expect(count(v22, (sc) => sc.level === 'A')).toBe(2);
    expect(count(v22, (sc) => sc.level === 'AA')).toBe(4);
    expect(count(WCAG_CRITERIA, (sc) => sc.version === '2.1')).toBe(17);
    expect(count(WCAG_CRITERIA, (sc) => sc.version === '2.0')).toBe(61);
  });

  it('WCAG_AA_CRITERIA is the 55 A + AA criteria in force', () => {
    expect(WCAG_AA_CRITERIA).toHaveLength(55);
    expect(WCAG_AA_CRITERIA.every((sc) => !sc.obsolete && sc.level !== 'AAA')).toBe(true);
    expect(WCAG_AA_CRITERIA.some((sc) => sc.id === '4.1.1')).toBe(false);
    expect(WCAG_AA_CRITERIA.some((sc) => sc.id === '2.5.8')).toBe(true);
  });

  it('has unique, well-formed ids and slugs in document order', () => {
    const ids = WCAG_CRITERIA.map((sc) => sc.id);
    expect(new Set(ids).size).toBe(ids.length);
    const slugs = WCAG_CRITERIA.map((sc) => sc.slug);
    expect(new Set(slugs).size).toBe(slugs.length);
    for (const sc of WCAG_CRITERIA) {
      expect(sc.id).toMatch(/^[1-4]\.[1-5]\.\d{1,2}$/);
      expect(sc.slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(sc.title.trim()).toBe(sc.title);
    }
    const key = (id: string) => id.split('.').map(Number);
    const sorted = [...ids].sort((a, b) => {
      const [x, y] = [key(a), key(b)];
      return x[0]! - y[0]! || x[1]! - y[1]! || x[2]! - y[2]!;
    });
    expect(ids).toEqual(sorted);
  });

  it('uses exact W3C titles and levels for spot checks', () => {
    expect(wcagCriterion('1.4.3')).toMatchObject({ title: 'Contrast (Minimum)', level: 'AA', version: '2.0' });
    expect(wcagCriterion('2.4.11')).toMatchObject({ title: 'Focus Not Obscured (Minimum)', level: 'AA' });
    expect(wcagCriterion('2.4.13')).toMatchObject({ title: 'Focus Appearance', level: 'AAA' });
    expect(wcagCriterion('2.5.8')).toMatchObject({ title: 'Target Size (Minimum)', level: 'AA' });
    expect(wcagCriterion('3.2.6')).toMatchObject({ title: 'Consistent Help', level: 'A' });
    expect(wcagCriterion('3.3.8')).toMatchObject({ title: 'Accessible Authentication (Minimum)', level: 'AA' });
    expect(wcagCriterion('4.1.2')?.title).toBe('Name, Role, Value');
    expect(wcagCriterion('1.3.4')).toMatchObject({ title: 'Orientation', level: 'AA', version: '2.1' });
  });

  it('looks up by id and by axe tag; unknown ids are undefined', () => {
    expect(wcagCriterion('wcag143')?.id).toBe('1.4.3');
    expect(wcagCriterion('wcag1410')?.id).toBe('1.4.10');
    expect(wcagCriterion('wcag2411')?.id).toBe('2.4.11');
    expect(wcagCriterion('wcag2aa')).toBeUndefined();
    expect(wcagCriterion('9.9.9')).toBeUndefined();
    expect(wcagCriterion('1.4')).toBeUndefined();
    expect(wcagCriterion('')).toBeUndefined();
  });

  it('builds WCAG 2.2 Understanding URLs', () => {
    expect(wcagUrl('1.4.3')).toBe('https://www.w3.org/WAI/WCAG22/Understanding/contrast-minimum');
    expect(wcagUrl('2.5.8')).toBe('https://www.w3.org/WAI/WCAG22/Understanding/target-size-minimum');
    expect(wcagUrl('2.5.5')).toBe('https://www.w3.org/WAI/WCAG22/Understanding/target-size-enhanced');
    expect(wcagUrl('9.9.9')).toBe('https://www.w3.org/WAI/WCAG22/Understanding/');
  });

  it('MANUAL_ONLY_WCAG ids are unique A/AA criteria in force', () => {
    expect(MANUAL_ONLY_WCAG.length).toBeGreaterThan(0);
    expect(new Set(MANUAL_ONLY_WCAG).size).toBe(MANUAL_ONLY_WCAG.length);
    const aa = new Set(WCAG_AA_CRITERIA.map((sc) => sc.id));
    for (const id of MANUAL_ONLY_WCAG) expect(aa.has(id), id).toBe(true);
    expect(MANUAL_ONLY_WCAG).toEqual(expect.arrayContaining(['1.2.3', '1.2.5', '1.3.3', '2.2.1']));
  });
});

describe('standard families', () => {
  const all = STANDARD_FAMILIES.flatMap((f) => f.items);
  const codes = (family: StandardFamilyId) => standardsByFamily(family).map((i) => i.code);

  it('has the six families once each, each with items, a source and an https url', () => {
    expect(STANDARD_FAMILIES.map((f) => f.id).sort()).toEqual(
      ['ais', 'dtac', 'gp-website', 'inclusion', 'nhs-service-standard', 'psbar'].sort(),
    );
    for (const f of STANDARD_FAMILIES) {
      expect(f.items.length, f.id).toBeGreaterThan(0);
      expect(f.source.length, f.id).toBeGreaterThan(0);
      expect(f.url, f.id).toMatch(/^https:\/\//);
    }
  });

  it('every id is unique and well-formed family:code', () => {
    const ids = all.map((i) => i.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const f of STANDARD_FAMILIES) {
      for (const i of f.items) {
        expect(i.family).toBe(f.id);
        expect(i.id).toBe(`${f.id}:${i.code}`);
        expect(i.code).toMatch(/^[A-Za-z0-9][A-Za-z0-9.-]*$/);
        expect(i.title.length, i.id).toBeGreaterThan(0);
        if (i.url) expect(i.url, i.id).toMatch(/^https:\/\//);
      }
    }
  });

  it('every related id resolves, and never points at itself', () => {
    for (const i of all) {
      for (const r of i.related ?? []) {
        expect(isKnownStandard(r), `${i.id} -> ${r}`).toBe(true);
        expect(r).not.toBe(i.id);
      }
    }
  });

  it('has the 17 service standard points with current titles', () => {
    expect(codes('nhs-service-standard')).toEqual(Array.from({ length: 17 }, (_, n) => String(n + 1)));
    expect(standardItem('nhs-service-standard:9')?.title).toBe("Create a secure service which protects people's privacy");
    expect(standardItem('nhs-service-standard:5')?.title).toBe('Make sure everyone can use the service');
    for (const i of standardsByFamily('nhs-service-standard')) {
      expect(i.url, i.id).toMatch(/^https:\/\/service-manual\.nhs\.uk\/standards-and-technology\/service-standard-points\//);
    }
  });

  it('has the 6 AIS steps including review', () => {
    expect(codes('ais')).toEqual(['identify', 'record', 'flag', 'share', 'meet', 'review']);
  });

  it('has the required PSBAR items', () => {
    expect(codes('psbar')).toEqual(
      expect.arrayContaining(['reg4', 'reg7', 'reg8-statement', 'reg8-model', 'reg8-4a', 'reg8-4b', 'reg8-4c', 'reg8-4d', 'reg8-review']),
    );
  });

  it('has the 20 DTAC D1 questions, each related to a service standard point and noting the 2026 form', () => {
    expect(codes('dtac')).toEqual([
      'D1.1', 'D1.1.1', 'D1.2', 'D1.2.1', 'D1.3', 'D1.3.1', 'D1.4', 'D1.4.1', 'D1.5', 'D1.6',
      'D1.7', 'D1.8', 'D1.9', 'D1.9.1', 'D1.10', 'D1.10.1', 'D1.11', 'D1.12', 'D1.12.1', 'D1.12.2',
    ]);
    for (const i of standardsByFamily('dtac')) {
      expect(i.related?.some((r) => r.startsWith('nhs-service-standard:')), i.id).toBe(true);
      expect(i.note, i.id).toMatch(/2026/);
    }
    expect(standardItem('dtac:D1.4')?.related).toContain('nhs-service-standard:5');
    expect(standardItem('dtac:D1.2')?.related).toEqual(expect.arrayContaining(['nhs-service-standard:2', 'nhs-service-standard:3']));
  });

  it('has the required GP website guidance items in kebab-case', () => {
    const required = [
      'online-presence', 'top-tasks', 'homepage-tasks', 'navigation', 'menu-label', 'search', 'no-popups',
      'no-overlays', 'html-not-pdf', 'task-wording', 'appointments', 'urgent-care', 'online-services',
      'registration', 'legal-pages', 'plain-english', 'translation', 'nhs-identity', 'statutory-info',
      'content-review', 'contact-details',
    ];
    expect(codes('gp-website')).toEqual(expect.arrayContaining(required));
    for (const code of codes('gp-website')) expect(code).toMatch(/^[a-z]+(-[a-z]+)*$/);
  });

  it('has the five digital inclusion domains', () => {
    expect(codes('inclusion')).toEqual(['devices-and-data', 'accessibility', 'skills', 'trust', 'leadership']);
    expect(standardItem('inclusion:devices-and-data')?.title).toBe('Devices and data');
  });

  it('lookups of unknown ids return undefined / false', () => {
    for (const id of ['nhs-service-standard:18', 'nhs-service-standard:0', 'ais:ask', 'dtac:D1.13', 'psbar:reg9', '9', 'nope', '', 'nhs-service-standard']) {
      expect(standardItem(id), id).toBeUndefined();
      expect(isKnownStandard(id), id).toBe(false);
    }
    expect(standardsByFamily('nope' as StandardFamilyId)).toEqual([]);
    expect(isKnownStandard('ais:review')).toBe(true);
    expect(standardItem('dtac:D1.4.1')?.family).toBe('dtac');
  });
});
