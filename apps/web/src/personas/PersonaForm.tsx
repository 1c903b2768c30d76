import { useState, type FormEvent } from 'react';
import type { StoredPersona } from '@waymark/domain';
import type { Persona } from '@waymark/domain';
import { useT } from '../i18n';
import { api, errorMessage, isConflict } from '../lib/api';
import { hrefOf } from '../shell/use-route';
import { AvatarField } from './AvatarField';
import { cleanPersona } from './clean-persona';
import { DemographicsField } from './DemographicsField';
import { ListField } from './ListField';
import type { PersonaListField } from './persona-draft';
import { SegmentRuleField } from './SegmentRuleField';
import type { PersonaMapRef } from './persona-map-index';

/** Props of `PersonaForm`. Remount it (change `key`) to load another persona or revision. */
export interface PersonaFormProps {
  initial: Persona;
  /** The revision loaded; undefined for a new persona. */
  baseRevision: number | undefined;
  workspaceId: string | undefined;
  usedBy: readonly PersonaMapRef[] | undefined;
  onSaved(stored: StoredPersona): void;
  onDeleted(id: string): void;
  /** Loads the newest saved version after a conflict, dropping the edits. */
  onReload(id: string): void;
}

const LISTS: readonly {
  field: PersonaListField;
  label:
    | 'personas.field.goals'
    | 'personas.field.needs'
    | 'personas.field.motivations'
    | 'personas.field.frustrations';
}[] = [
  { field: 'goals', label: 'personas.field.goals' },
  { field: 'needs', label: 'personas.field.needs' },
  { field: 'motivations', label: 'personas.field.motivations' },
  { field: 'frustrations', label: 'personas.field.frustrations' },
];

type Status =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'saved' }
  | { kind: 'conflict' }
  | { kind: 'error'; message: string };

/**
 * Edits every field of a persona and saves it with its base revision; a stale save (409) says so
 * and offers to load the newer version. Delete asks for a second click.
 */
export function PersonaForm({
  initial,
  baseRevision,
  workspaceId,
  usedBy,
  onSaved,
  onDeleted,
  onReload,
}: PersonaFormProps) {
  const t = useT();
  const [draft, setDraft] = useState<Persona>(initial);
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const [confirmDelete, setConfirmDelete] = useState(false);
  const dirty = JSON.stringify(draft) !== JSON.stringify(initial);
  const set = (patch: Partial<Persona>) => {
    setDraft((d) => ({ ...d, ...patch }));
    if (status.kind === 'saved') setStatus({ kind: 'idle' });
  };

  const handleSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const cleaned = cleanPersona(draft);
    if (!cleaned.ok) {
      setStatus({
        kind: 'error',
        message: t('personas.invalid', { path: cleaned.path, message: cleaned.message }),
      });
      return;
    }
    setStatus({ kind: 'saving' });
    try {
      const stored = await api.personas.save(draft.id, {
        persona: cleaned.persona,
        ...(baseRevision === undefined ? {} : { baseRevision }),
        ...(workspaceId ? { workspaceId } : {}),
      });
      setDraft(stored.persona);
      setStatus({ kind: 'saved' });
      onSaved(stored);
    } catch (error) {
      setStatus(isConflict(error) ? { kind: 'conflict' } : { kind: 'error', message: errorMessage(error) });
    }
  };

  const handleDelete = async () => {
    if (!confirmDelete) {
      setConfirmDelete(true);
      return;
    }
    try {
      if (baseRevision !== undefined) await api.personas.delete(draft.id, baseRevision);
      onDeleted(draft.id);
    } catch (error) {
      setConfirmDelete(false);
      setStatus(isConflict(error) ? { kind: 'conflict' } : { kind: 'error', message: errorMessage(error) });
    }
  };

  return (
    <form
      className="persona-form"
      data-testid="persona-form"
      onSubmit={(e) => void handleSubmit(e)}
      noValidate
    >
      <header className="persona-form-head">
        <AvatarField persona={draft} onChange={(avatar) => set({ avatar })} />
        <div className="persona-form-title">
          <label className="field">
            <span>{t('personas.field.name')}</span>
            <input
              className="input input-large"
              dir="auto"
              name="name"
              required
              maxLength={500}
              value={draft.name}
              onChange={(e) => set({ name: e.target.value })}
            />
          </label>
          <div className="field-row">
            <label className="field">
              <span>{t('personas.field.role')}</span>
              <input
                className="input"
                dir="auto"
                name="role"
                maxLength={200}
                value={draft.role ?? ''}
                onChange={(e) => set({ role: e.target.value || undefined })}
              />
            </label>
            <label className="field field-colour">
              <span>{t('personas.field.colour')}</span>
              <input
                type="color"
                name="color"
                value={draft.color ?? '#5d6778'}
                onChange={(e) => set({ color: e.target.value })}
              />
            </label>
          </div>
        </div>
      </header>

      <label className="field">
        <span>{t('personas.field.quote')}</span>
        <textarea
          className="textarea"
          dir="auto"
          name="quote"
          rows={2}
          value={draft.quote ?? ''}
          onChange={(e) => set({ quote: e.target.value || undefined })}
        />
      </label>
      <label className="field">
        <span>{t('personas.field.description')}</span>
        <textarea
          className="textarea"
          dir="auto"
          name="description"
          rows={3}
          value={draft.description ?? ''}
          onChange={(e) => set({ description: e.target.value || undefined })}
        />
      </label>

      <DemographicsField values={draft.demographics} onChange={(demographics) => set({ demographics })} />
      <div className="persona-lists">
        {LISTS.map(({ field, label }) => (
          <ListField
            key={field}
            name={field}
            label={t(label)}
            values={draft[field]}
            multiline
            onChange={(next) => set({ [field]: next })}
          />
        ))}
      </div>
      <ListField
        name="preferredChannels"
        label={t('personas.field.channels')}
        placeholder={t('personas.channels.placeholder')}
        values={draft.preferredChannels}
        maxLength={200}
        onChange={(preferredChannels) => set({ preferredChannels })}
      />
      <SegmentRuleField values={draft.segmentRule} onChange={(segmentRule) => set({ segmentRule })} />

      <section className="persona-maps" aria-label={t('personas.maps.title')}>
        <h2>{t('personas.maps.title')}</h2>
        {usedBy === undefined ? (
          <p className="muted">
            {baseRevision === undefined ? t('personas.maps.unsaved') : t('common.loading')}
          </p>
        ) : usedBy.length === 0 ? (
          <p className="muted">{t('personas.maps.none')}</p>
        ) : (
          <ul>
            {usedBy.map((m) => (
              <li key={m.id}>
                <a href={hrefOf({ name: 'map', id: m.id })}>{m.title}</a>
              </li>
            ))}
          </ul>
        )}
      </section>

      <div aria-live="polite">
        {status.kind === 'conflict' && (
          <div className="alert warning" role="alert" data-testid="persona-conflict">
            <span>{t('personas.conflict')}</span>
            <button type="button" className="btn" onClick={() => onReload(draft.id)}>
              {t('personas.conflict.reload')}
            </button>
          </div>
        )}
        {status.kind === 'error' && (
          <p className="alert error" role="alert" data-testid="persona-error">
            {status.message}
          </p>
        )}
      </div>

      <footer className="persona-form-actions">
        <button
          type="submit"
          className="btn primary"
          data-testid="persona-save"
          disabled={status.kind === 'saving'}
        >
          {status.kind === 'saving'
            ? t('personas.saving')
            : baseRevision === undefined
              ? t('personas.create')
              : t('personas.save')}
        </button>
        <span className="muted persona-state" data-testid="persona-state">
          {status.kind === 'saved' && !dirty ? t('personas.saved') : dirty ? t('personas.unsaved') : ''}
        </span>
        <span className="spacer" />
        <button
          type="button"
          className="btn danger"
          data-testid="persona-delete"
          onClick={() => void handleDelete()}
        >
          {confirmDelete
            ? t('personas.delete.confirm')
            : baseRevision === undefined
              ? t('personas.discard')
              : t('personas.delete')}
        </button>
      </footer>
    </form>
  );
}
