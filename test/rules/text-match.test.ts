import { describe, expect, it } from 'vitest';
import { findTopic, hasPhrase, isEnglish, monthsBetween, parseDates } from '../../rules/text-match.js';

describe('text-match', () => {
  it('ignores case, spacing, hyphens and plurals', () => {
    expect(hasPhrase('We offer  LARGE-PRINT letters', ['large print'])).toBe(true);
    expect(hasPhrase('Tell us your communication needs', ['communication need'])).toBe(true);
    expect(hasPhrase('Out-of-hours service', ['out of hours'])).toBe(true);
    expect(hasPhrase('printer', ['print'])).toBe(false);
  });
  it('matches numbers on their own only', () => {
    expect(findTopic('Call 111.', 'nhs111')).not.toBeNull();
    expect(findTopic('Reports cost £111.50', 'nhs111')).toBeNull();
    expect(findTopic('Call 0118001234', 'relay')).toBeNull();
    expect(findTopic('Call 18001 then 01632 960 123', 'relay')?.text).toBe('18001');
  });
  it('quotes the match in context', () => {
    expect(findTopic('You do not need proof of address or ID to register.', 'noProofNeeded')?.quote).toContain('proof of address');
  });
  it('reads UK date formats and counts whole months', () => {
    expect(parseDates('Reviewed on 4 January 2023 and 02/10/2026').map((d) => d.toISOString().slice(0, 10))).toEqual(['2023-01-04', '2026-10-02']);
    expect(monthsBetween(new Date('2025-11-21'), new Date('2026-11-21'))).toBe(12);
    expect(monthsBetween(new Date('2025-11-22'), new Date('2026-11-21'))).toBe(11);
  });
  it('treats missing or English lang as English', () => {
    expect([isEnglish(null), isEnglish('en-GB'), isEnglish('cy'), isEnglish('english')]).toEqual([true, true, false, false]);
  });
});
