import type { ViewCatalogue } from './en';

/**
 * Traditional Chinese strings of the analytics, persona, opportunity and export views. Owned by the views
 * engineer: translate every key of `./en.ts` here; missing keys fall back to English.
 */
export const views: ViewCatalogue = {};
