import { describe, expect, it } from 'vitest';
import { createQueryTrapGuard, createScope, looksLikeDocument, normaliseUrl, urlTemplate } from '../src/crawl/url.js';

describe('normaliseUrl', () => {
  it('drops fragments, duplicate slashes, /index.html and tracking parameters, and sorts the query', () => {
    expect(normaliseUrl('https://GP.example:443//a//b/index.html?utm_source=x&b=2&a=1#top')).toBe('https://gp.example/a/b/?a=1&b=2');
    expect(normaliseUrl('/x.html', 'https://gp.example/dir/')).toBe('https://gp.example/x.html');
  });
  it('refuses what is not http or https', () => {
    expect(normaliseUrl('mailto:reception@gp.example')).toBeNull();
    expect(normaliseUrl('javascript:alert(1)')).toBeNull();
    expect(normaliseUrl('tel:01234567890')).toBeNull();
  });
});

describe('scope', () => {
  const scope = createScope({ origins: ['https://gp.example/'], include: ['/services/**', '/'], exclude: ['/services/old/**'] });
  it('keeps to the origin and the patterns', () => {
    expect(scope.allows('https://gp.example/services/flu')).toBe(true);
    expect(scope.allows('https://gp.example/')).toBe(true);
    expect(scope.allows('https://gp.example/services/old/x')).toBe(false);
    expect(scope.allows('https://gp.example/news')).toBe(false);
    expect(scope.allows('https://other.example/services/flu')).toBe(false);
    expect(scope.allows('http://gp.example/services/flu')).toBe(false);
  });
});

it('caps query-string versions of one path', () => {
  const guard = createQueryTrapGuard(2);
  expect(['?m=1', '?m=2', '?m=1', '?m=3'].map((q) => guard(`https://gp.example/cal${q}`))).toEqual([true, true, true, false]);
  expect(guard('https://gp.example/cal')).toBe(true);
});

it('recognises document links by extension', () => {
  expect(looksLikeDocument('https://gp.example/forms/Register.PDF')).toBe(true);
  expect(looksLikeDocument('https://gp.example/leaflet.docx')).toBe(true);
  expect(looksLikeDocument('https://gp.example/pdf-guide.html')).toBe(false);
});

it('groups URLs into templates by generalising numbers and dropping query values', () => {
  expect(urlTemplate('https://gp.example/page-7.html')).toBe(urlTemplate('https://gp.example/page-123.html'));
  expect(urlTemplate('https://gp.example/news/2026/11/flu?id=4')).toBe(urlTemplate('https://gp.example/news/2025/1/flu?id=9'));
  expect(urlTemplate('https://gp.example/appointments.html')).not.toBe(urlTemplate('https://gp.example/prescriptions.html'));
});
