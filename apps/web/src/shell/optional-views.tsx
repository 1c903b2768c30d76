import { lazy, Suspense, type ReactNode } from 'react';
import { useT } from '../i18n';

/*
 * The optional views (personas, figures, opportunities, exports), mounted by the
 * shell. Each is loaded on first use into its own chunk, so the editor's bundle stays small.
 */

/** The personas page (route `#/personas`). */
export const PersonasPage = lazy(async () => ({
  default: (await import('../personas/PersonasPage')).PersonasPage,
}));
/** The analytics figures panel below the map. */
export const FiguresPanel = lazy(async () => ({
  default: (await import('../figures/FiguresPanel')).FiguresPanel,
}));
/** The opportunity matrix below the map; it edits opportunities through `onChange`. */
export const OpportunityMatrix = lazy(async () => ({
  default: (await import('../opportunities/OpportunityMatrix')).OpportunityMatrix,
}));
/** The export menu of the editor toolbar. */
export const ExportMenu = lazy(async () => ({ default: (await import('../exports/ExportMenu')).ExportMenu }));

/** Suspense boundary with a translated loading line for the lazily loaded views. */
export function ViewSlot({ children }: { children: ReactNode }) {
  const t = useT();
  return <Suspense fallback={<p className="muted-line">{t('common.loading')}</p>}>{children}</Suspense>;
}
