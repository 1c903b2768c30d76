import type { Locale } from '@waymark/domain';
import { fail } from './cli-error';

const LOCALES: readonly Locale[] = ['en', 'th', 'zh-TW', 'vi', 'fa'];

/** Checks a `--locale` value; usage error naming the accepted locales otherwise. */
export function parseLocale(text: string): Locale {
  const found = LOCALES.find((l) => l.toLowerCase() === text.trim().toLowerCase());
  if (!found) fail(`--locale: expected one of ${LOCALES.join(', ')} (got ${JSON.stringify(text)})`, 2);
  return found;
}

/** Parses a whole number from 1 for an option or argument; usage error naming it otherwise. */
export function parseWholeNumber(text: string, what: string, example = 'like 1 or 2'): number {
  if (!/^[1-9]\d*$/.test(text.trim()))
    fail(`${what}: expected a whole number ${example} (got ${JSON.stringify(text)})`, 2);
  return Number(text);
}
