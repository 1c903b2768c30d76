import { useMemo } from 'react';
import { useLocale } from '../i18n';

/** Number formatters of the UI language, for every figure the views show. */
export interface Formatters {
  /** A whole count: `12,345` (or `١٢٬٣٤٥`-style digits where the locale uses them). */
  count(value: number): string;
  /** A count with up to one decimal, for fractional attribution credit. */
  decimal(value: number): string;
  /** A rate 0..1 as a percentage with at most one decimal; `–` for null. */
  percent(value: number | null): string;
  /** A duration in seconds as the largest fitting unit (`3.5 hours`); `–` for null. */
  duration(seconds: number | null): string;
  /** A short duration for axis ticks (`3.5 h`). */
  shortDuration(seconds: number): string;
  /** An ISO date or timestamp as a medium date; `–` for null or unparsable text. */
  date(value: string | null): string;
}

const DASH = '–';

/**
 * Formatters built with `Intl.NumberFormat` in the current UI locale; memoised per locale.
 * Trap: Persian uses its own digits, so never parse these strings back into numbers.
 */
export function useFormat(): Formatters {
  const { locale } = useLocale();
  return useMemo(() => makeFormatters(locale), [locale]);
}

/** The formatters of one locale (exported for tests and non-React callers). */
export function makeFormatters(locale: string): Formatters {
  const count = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
  const decimal = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 });
  const unit = (name: string, display: 'long' | 'narrow') =>
    new Intl.NumberFormat(locale, {
      style: 'unit',
      unit: name,
      unitDisplay: display,
      maximumFractionDigits: 1,
    });
  const long = {
    second: unit('second', 'long'),
    minute: unit('minute', 'long'),
    hour: unit('hour', 'long'),
    day: unit('day', 'long'),
  };
  const narrow = {
    second: unit('second', 'narrow'),
    minute: unit('minute', 'narrow'),
    hour: unit('hour', 'narrow'),
    day: unit('day', 'narrow'),
  };
  const dates = new Intl.DateTimeFormat(locale, { dateStyle: 'medium' });
  const inUnits = (seconds: number, f: typeof long) => {
    if (seconds < 60) return f.second.format(seconds);
    if (seconds < 3600) return f.minute.format(seconds / 60);
    if (seconds < 86_400) return f.hour.format(seconds / 3600);
    return f.day.format(seconds / 86_400);
  };
  return {
    count: (value) => count.format(value),
    decimal: (value) => decimal.format(value),
    percent: (value) => (value === null ? DASH : percent.format(value)),
    duration: (seconds) => (seconds === null ? DASH : inUnits(seconds, long)),
    shortDuration: (seconds) => inUnits(seconds, narrow),
    date: (value) => {
      const ms = value === null ? NaN : Date.parse(value);
      return Number.isNaN(ms) ? DASH : dates.format(ms);
    },
  };
}
