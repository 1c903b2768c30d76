import type { Locale } from '@waymark/domain';

/** When a revision was made, as the history panel writes it: relative ("3 minutes ago") and absolute. */
export interface RevisionTime {
  relative: string;
  absolute: string;
}

const UNITS: readonly [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 24 * 3600],
  ['month', 30 * 24 * 3600],
  ['week', 7 * 24 * 3600],
  ['day', 24 * 3600],
  ['hour', 3600],
  ['minute', 60],
  ['second', 1],
];

/**
 * `createdAt` (ISO) relative to `now` in the largest unit that fits ("yesterday", "5 minutes ago",
 * "now" under 10 seconds) and as a medium date with a short time, both in `locale` (Persian digits
 * in Persian). A time a little ahead of `now` (clock skew) reads as now.
 */
export function revisionTime(createdAt: string, now: number, locale: Locale): RevisionTime {
  const at = new Date(createdAt);
  const absolute = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(at);
  const seconds = Math.round((at.getTime() - now) / 1000);
  const relativeFormat = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  if (seconds > -10) return { relative: relativeFormat.format(0, 'second'), absolute };
  const [unit, size] = UNITS.find(([, length]) => -seconds >= length) ?? ['second', 1];
  return { relative: relativeFormat.format(Math.round(seconds / size), unit), absolute };
}
