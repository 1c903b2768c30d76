import { describe, expect, it } from 'vitest';
import { revisionTime } from './revision-time';

const now = Date.parse('2026-12-04T12:00:00Z');
const ago = (seconds: number) => new Date(now - seconds * 1000).toISOString();

describe('revision times', () => {
  it('says how long ago in the largest unit that fits', () => {
    expect(revisionTime(ago(3), now, 'en').relative).toBe('now');
    expect(revisionTime(ago(-5), now, 'en').relative).toBe('now');
    expect(revisionTime(ago(45), now, 'en').relative).toBe('45 seconds ago');
    expect(revisionTime(ago(5 * 60), now, 'en').relative).toBe('5 minutes ago');
    expect(revisionTime(ago(3 * 3600), now, 'en').relative).toBe('3 hours ago');
    expect(revisionTime(ago(26 * 3600), now, 'en').relative).toBe('yesterday');
    expect(revisionTime(ago(400 * 24 * 3600), now, 'en').relative).toBe('last year');
  });

  it('writes both in the UI language, with Persian digits in Persian', () => {
    const fa = revisionTime(ago(5 * 60), now, 'fa');
    expect(fa.relative).toContain('۵');
    expect(fa.absolute).toMatch(/[۰-۹]/);
    expect(revisionTime(ago(5 * 60), now, 'en').absolute).toContain('2026');
    expect(revisionTime(ago(5 * 60), now, 'th').relative).toContain('นาที');
  });
});
