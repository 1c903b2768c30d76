import { useMemo, useState } from 'react';
import type { Journey, Persona } from '@waymark/domain';
import type { JourneySummary } from '@waymark/domain';
import { useLocale, useT } from '../i18n';
import { api, errorMessage } from '../lib/api';
import { useAsync } from '../lib/use-async';
import { EditorContext, resolvePersonas, useEditor, type EditorApi } from './EditorContext';
import { MapViewport } from './MapViewport';
import './split-view.css';

/** Props of `SplitView`. */
export interface SplitViewProps {
  journey: Journey;
  maps: readonly JourneySummary[];
  workspacePersonas: readonly Persona[];
}

/** A line of text in the place of a map. */
function Note({ children }: { children: string }) {
  return (
    <div className="map-scroll">
      <p className="muted-line">{children}</p>
    </div>
  );
}

function LinkedMap({ id, workspacePersonas }: { id: string; workspacePersonas: readonly Persona[] }) {
  const t = useT();
  const { locale } = useLocale();
  const linked = useAsync(() => api.journeys.get(id), id);
  const readOnlyApi = useMemo<EditorApi | undefined>(() => {
    if (linked.status !== 'done') return undefined;
    const personas = resolvePersonas(linked.value.journey.personaIds, workspacePersonas);
    return { edit: () => undefined, readOnly: true, locale, personas };
  }, [linked, locale, workspacePersonas]);
  if (linked.status === 'pending') return <Note>{t('common.loading')}</Note>;
  if (linked.status === 'error') return <p className="alert error">{errorMessage(linked.error)}</p>;
  if (!readOnlyApi) return null;
  return (
    <EditorContext.Provider value={readOnlyApi}>
      <MapViewport journey={linked.value.journey} label={linked.value.journey.title} />
    </EditorContext.Provider>
  );
}

/**
 * The current-state and future-state maps side by side: this map (editable) and a chosen other map
 * (read only). A future-state map opens with the current-state map it links to.
 */
export function SplitView({ journey, maps, workspacePersonas }: SplitViewProps) {
  const t = useT();
  const editor = useEditor();
  const others = maps.filter((m) => m.id !== journey.id);
  const [otherId, setOtherId] = useState<string | undefined>(
    journey.currentStateId ?? others.find((m) => m.mapType === 'current_state')?.id,
  );
  const future = journey.mapType === 'future_state';

  const mine = (
    <section className="split-pane" aria-label={journey.title}>
      <h2 className="split-heading" dir="auto">
        {journey.title}
      </h2>
      <EditorContext.Provider value={editor}>
        <MapViewport journey={journey} label={journey.title} />
      </EditorContext.Provider>
    </section>
  );
  const theirs = (
    <section className="split-pane" aria-label={t('split.choose')}>
      <label className="split-heading split-picker">
        <span>{t('split.choose')}</span>
        <select
          className="select"
          value={otherId ?? ''}
          onChange={(e) => setOtherId(e.target.value || undefined)}
        >
          <option value="">{t('common.none')}</option>
          {others.map((m) => (
            <option key={m.id} value={m.id} dir="auto">
              {m.title}
            </option>
          ))}
        </select>
        <span className="badge">{t('split.readOnly')}</span>
      </label>
      {otherId ? (
        <LinkedMap id={otherId} workspacePersonas={workspacePersonas} />
      ) : (
        <Note>{t('split.none')}</Note>
      )}
    </section>
  );
  return (
    <div className="split-view">
      {future ? (
        <>
          {theirs}
          {mine}
        </>
      ) : (
        <>
          {mine}
          {theirs}
        </>
      )}
    </div>
  );
}
