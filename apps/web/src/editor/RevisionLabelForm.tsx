import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { revisionLabelSchema } from '@waymark/domain';
import { useT } from '../i18n';
import { api, errorMessage } from '../lib/api';

/** Props of `RevisionLabelForm`. */
export interface RevisionLabelFormProps {
  journeyId: string;
  revision: number;
  label: string | undefined;
  /** Called when the form closes; `changed` when the label was saved or removed. */
  onDone(changed: boolean): void;
}

/**
 * Names a revision ("Q3 baseline"), renames it, or removes its name. The name is checked by the
 * domain's label schema before it is sent; the server's answer (or error) is shown in place.
 */
export function RevisionLabelForm({ journeyId, revision, label, onDone }: RevisionLabelFormProps) {
  const t = useT();
  const [value, setValue] = useState(label ?? '');
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const errorId = useId();
  useEffect(() => input.current?.focus(), []);

  const send = async (next: string | null) => {
    setBusy(true);
    try {
      await api.journeys.label(journeyId, revision, next);
      onDone(true);
    } catch (failure) {
      setError(errorMessage(failure));
      setBusy(false);
    }
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = revisionLabelSchema.safeParse(value);
    if (!parsed.success) {
      setError(t('history.labelInvalid'));
      return;
    }
    void send(parsed.data);
  };

  return (
    <form
      className="revision-label-form"
      onSubmit={submit}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.stopPropagation();
          onDone(false);
        }
      }}
    >
      <input
        ref={input}
        className="input"
        value={value}
        maxLength={100}
        placeholder={t('history.labelHint')}
        aria-label={t('history.labelFor', { revision })}
        aria-invalid={error !== undefined}
        aria-describedby={error ? errorId : undefined}
        dir="auto"
        onChange={(event) => {
          setValue(event.target.value);
          setError(undefined);
        }}
      />
      {error && (
        <span className="revision-label-error" id={errorId} role="alert">
          {error}
        </span>
      )}
      <div className="revision-actions">
        <button type="submit" className="btn primary" disabled={busy}>
          {t('history.labelSave')}
        </button>
        {label && (
          <button type="button" className="btn" disabled={busy} onClick={() => void send(null)}>
            {t('history.labelRemove')}
          </button>
        )}
        <button type="button" className="btn ghost" onClick={() => onDone(false)}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
