import { useEffect, useState } from 'react';
import type { StoredPersona } from '@waymark/domain';
import type { Persona } from '@waymark/domain';
import { useT } from '../i18n';
import { api, errorMessage } from '../lib/api';
import { useAsync } from '../lib/use-async';
import { blankPersona } from './persona-draft';
import { PersonaCard } from './PersonaCard';
import { PersonaForm } from './PersonaForm';
import { usePersonaMaps } from './use-persona-maps';
import '../figures/tables.css';
import './personas.css';

/** What the form edits: a saved persona at a revision, or a new one. */
interface Selection {
  persona: Persona;
  revision: number | undefined;
  /** Bumped to remount the form (another persona, or a reload after a conflict). */
  generation: number;
}

async function loadWorkspaces() {
  const [workspaces, health] = await Promise.all([api.workspaces.list(), api.health()]);
  return { workspaces, defaultId: health.defaultWorkspaceId };
}

/**
 * The personas of a workspace: a list of cards and an editor for every field of the persona
 * (avatar, demographics, goals, needs, motivations, frustrations, channels, segment rule), with
 * the maps that use each persona. Create, save (stale saves are refused with a clear message) and
 * delete go through the API.
 */
export function PersonasPage() {
  const t = useT();
  const spaces = useAsync(loadWorkspaces, 'workspaces');
  const [workspaceId, setWorkspaceId] = useState<string | undefined>();
  const [tick, setTick] = useState(0);
  const [selection, setSelection] = useState<Selection | undefined>();
  // Each answer names its workspace: a list of another workspace (or of none) is still loading.
  const personas = useAsync(
    async () => ({
      workspaceId,
      list: workspaceId ? await api.personas.list({ workspaceId }) : ([] satisfies StoredPersona[]),
    }),
    `personas|${workspaceId ?? ''}|${tick}`,
  );
  const maps = usePersonaMaps(workspaceId, tick);

  useEffect(() => {
    if (spaces.status === 'done' && workspaceId === undefined) setWorkspaceId(spaces.value.defaultId);
  }, [spaces, workspaceId]);

  const loading =
    workspaceId === undefined ||
    personas.status === 'pending' ||
    (personas.status === 'done' && personas.value.workspaceId !== workspaceId);
  const list = personas.status === 'done' && !loading ? personas.value.list : [];
  const select = (stored: StoredPersona, keepForm = false) =>
    setSelection((current) => ({
      persona: stored.persona,
      revision: stored.revision,
      generation: keepForm && current ? current.generation : (current?.generation ?? 0) + 1,
    }));
  const handleReload = async (id: string) => {
    try {
      select(await api.personas.get(id));
      setTick((n) => n + 1);
    } catch {
      setSelection(undefined);
      setTick((n) => n + 1);
    }
  };

  return (
    <div className="personas-page">
      <header className="personas-head">
        <div>
          <h1>{t('personas.title')}</h1>
          <p className="muted">{t('personas.subtitle')}</p>
        </div>
        <div className="personas-head-actions">
          {spaces.status === 'done' && spaces.value.workspaces.length > 1 && (
            <label className="field workspace-picker">
              <span>{t('personas.workspace')}</span>
              <select
                className="select"
                value={workspaceId ?? ''}
                onChange={(e) => {
                  setWorkspaceId(e.target.value);
                  setSelection(undefined);
                }}
              >
                {spaces.value.workspaces.map((w) => (
                  <option key={w.id} value={w.id}>
                    {w.name}
                  </option>
                ))}
              </select>
            </label>
          )}
          <button
            type="button"
            className="btn primary"
            data-testid="new-persona"
            onClick={() =>
              setSelection((current) => ({
                persona: blankPersona(t('personas.newName')),
                revision: undefined,
                generation: (current?.generation ?? 0) + 1,
              }))
            }
          >
            ＋ {t('personas.new')}
          </button>
        </div>
      </header>

      {(spaces.status === 'error' || personas.status === 'error') && (
        <p className="alert error" role="alert">
          {t('common.serverError', {
            message: errorMessage(
              spaces.status === 'error' ? spaces.error : personas.status === 'error' ? personas.error : '',
            ),
          })}
        </p>
      )}

      <div className="personas-body">
        <aside className="personas-list" aria-label={t('personas.list.label')} aria-busy={loading}>
          {loading && spaces.status !== 'error' && <p className="muted-line">{t('common.loading')}</p>}
          {!loading && personas.status === 'done' && list.length === 0 && (
            <div className="empty-state">
              <h2>{t('personas.empty.title')}</h2>
              <p>{t('personas.empty.body')}</p>
            </div>
          )}
          <ul>
            {list.map((stored) => (
              <PersonaCard
                key={stored.persona.id}
                stored={stored}
                selected={selection?.persona.id === stored.persona.id}
                mapCount={
                  maps.status === 'done' ? (maps.value.get(stored.persona.id)?.length ?? 0) : undefined
                }
                onSelect={() => select(stored)}
              />
            ))}
          </ul>
        </aside>
        <section className="personas-editor" aria-label={t('personas.title')}>
          {selection ? (
            <PersonaForm
              key={`${selection.persona.id}|${selection.generation}`}
              initial={selection.persona}
              baseRevision={selection.revision}
              workspaceId={workspaceId}
              usedBy={
                selection.revision === undefined || maps.status !== 'done'
                  ? undefined
                  : (maps.value.get(selection.persona.id) ?? [])
              }
              onSaved={(stored) => {
                select(stored, true);
                setTick((n) => n + 1);
              }}
              onDeleted={() => {
                setSelection(undefined);
                setTick((n) => n + 1);
              }}
              onReload={(id) => void handleReload(id)}
            />
          ) : (
            <div className="empty-state personas-pick">
              <h2>{t('personas.pick.title')}</h2>
              <p>{t('personas.pick.body')}</p>
            </div>
          )}
        </section>
      </div>
    </div>
  );
}
