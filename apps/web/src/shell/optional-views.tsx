import { lazy, Suspense, type ComponentType, type LazyExoticComponent, type ReactNode } from 'react';
import type { Journey } from '@waymark/domain';
import { useT } from '../i18n';

/*
 * The views engineer's components, mounted by the shell. `import.meta.glob` finds the file if it
 * exists and yields nothing if it does not, so the build works before their folders land.
 */

/** Props of the figures panel: the journey whose measured figures to show. */
export interface FiguresPanelProps {
  journey: Journey;
}
/** Props of the opportunity matrix: it edits opportunities through `onChange`. */
export interface OpportunityMatrixProps {
  journey: Journey;
  onChange(next: Journey): void;
}
/** Props of the export menu. */
export interface ExportMenuProps {
  journey: Journey;
}

type Loader<M> = (() => Promise<M>) | undefined;

function firstLoader<M>(modules: Record<string, () => Promise<M>>): Loader<M> {
  return Object.values(modules)[0];
}

function lazyOptional<M, P extends object>(
  loader: Loader<M>,
  pick: (module: M) => ComponentType<P> | undefined,
): LazyExoticComponent<ComponentType<P>> | undefined {
  if (!loader) return undefined;
  return lazy(async () => {
    const component = pick(await loader());
    if (!component) throw new Error('The view module does not export the expected component.');
    return { default: component };
  });
}

const personasLoader = firstLoader(
  import.meta.glob<{ PersonasPage?: ComponentType }>('../personas/PersonasPage.{tsx,ts}'),
);
const figuresLoader = firstLoader(
  import.meta.glob<{ FiguresPanel?: ComponentType<FiguresPanelProps> }>('../figures/FiguresPanel.{tsx,ts}'),
);
const matrixLoader = firstLoader(
  import.meta.glob<{ OpportunityMatrix?: ComponentType<OpportunityMatrixProps> }>(
    '../opportunities/OpportunityMatrix.{tsx,ts}',
  ),
);
const exportLoader = firstLoader(
  import.meta.glob<{ ExportMenu?: ComponentType<ExportMenuProps> }>('../exports/ExportMenu.{tsx,ts}'),
);

/** The personas page, or undefined until its module exists. */
export const PersonasPage = lazyOptional(personasLoader, (m) => m.PersonasPage);
/** The analytics figures panel, or undefined until its module exists. */
export const FiguresPanel = lazyOptional(figuresLoader, (m) => m.FiguresPanel);
/** The opportunity matrix, or undefined until its module exists. */
export const OpportunityMatrix = lazyOptional(matrixLoader, (m) => m.OpportunityMatrix);
/** The export menu, or undefined until its module exists. */
export const ExportMenu = lazyOptional(exportLoader, (m) => m.ExportMenu);

/** Suspense boundary with a translated loading line for the lazily loaded views. */
export function ViewSlot({ children }: { children: ReactNode }) {
  const t = useT();
  return <Suspense fallback={<p className="muted-line">{t('common.loading')}</p>}>{children}</Suspense>;
}

/** Shown where a view is not installed yet. */
export function ViewUnavailable() {
  const t = useT();
  return <p className="muted-line">{t('panel.unavailable')}</p>;
}
