import { useT } from '../i18n';
import { api, errorMessage } from '../lib/api';
import { useAsync } from '../lib/use-async';
import { MapEditor } from './MapEditor';

async function loadEditor(id: string) {
  const [stored, personas, maps] = await Promise.all([
    api.journeys.get(id),
    api.personas.list(),
    api.journeys.list(),
  ]);
  return { stored, personas: personas.map((p) => p.persona), maps };
}

/** The route `#/maps/<id>`: loads the journey, the workspace's personas and maps, then edits. */
export function EditorPage({ id }: { id: string }) {
  const t = useT();
  const state = useAsync(() => loadEditor(id), id);
  if (state.status === 'pending') return <p className="page-status">{t('common.loading')}</p>;
  if (state.status === 'error') {
    return (
      <div className="page-status">
        <p className="alert error">{t('common.serverError', { message: errorMessage(state.error) })}</p>
        <a href="#/">{t('common.backToMaps')}</a>
      </div>
    );
  }
  const { stored, personas, maps } = state.value;
  return (
    <MapEditor
      key={stored.journey.id}
      initial={{ journey: stored.journey, revision: stored.revision }}
      workspacePersonas={personas}
      maps={maps}
    />
  );
}
