/**
 * English strings of the analytics, persona, opportunity and export views. Owned by the views
 * engineer: add keys here (this file defines the key set), then translate them in th.ts, zh-TW.ts,
 * vi.ts and fa.ts. The shell merges these into `useT()`, so call `t('your.key')` in those views.
 * Prefix keys by view (`personas.`, `figures.`, `opportunities.`, `export.`) to avoid clashes.
 */
export const views = {} satisfies Record<string, string>;

/** A key of the views catalogue. */
export type ViewKey = keyof typeof views;

/** A translated views catalogue; a missing key falls back to English. */
export type ViewCatalogue = Partial<Record<ViewKey, string>>;
