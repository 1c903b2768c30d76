import { describe, expect, it } from 'vitest';
import { makeFormatters } from './use-format';

describe('makeFormatters', () => {
  it('formats counts, rates and durations in the UI locale', () => {
    const en = makeFormatters('en');
    expect(en.count(12345)).toBe('12,345');
    expect(en.percent(0.4567)).toBe('45.7%');
    expect(en.percent(null)).toBe('–');
    expect(en.duration(90)).toBe('1.5 minutes');
    expect(en.duration(3 * 86_400)).toBe('3 days');
    expect(en.shortDuration(7200)).toBe('2h');
    expect(en.date('2024-03-13T10:21:14Z')).toBe('Mar 13, 2024');
    expect(en.date(null)).toBe('–');
  });

  it('uses Persian digits in Persian', () => {
    expect(makeFormatters('fa').count(470)).toBe('۴۷۰');
  });
});
