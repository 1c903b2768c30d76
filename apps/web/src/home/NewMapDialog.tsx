import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { Locale, TemplateSummary } from '@waymark/domain';
import { asLocale, LOCALES, useLocale, useT } from '../i18n';
import { api, errorMessage } from '../lib/api';
import { navigate } from '../shell/use-route';
import { TemplatePreview } from './TemplatePreview';

/**
 * "New map from template": title and map language, then creates the map on the server and opens
 * it. A native modal `<dialog>`: focus stays inside, Escape closes.
 */
export function NewMapDialog({ template, onClose }: { template: TemplateSummary; onClose(): void }) {
  const t = useT();
  const { locale: uiLocale } = useLocale();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const [title, setTitle] = useState(template.name);
  const [locale, setLocale] = useState<Locale>(uiLocale);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();

  useEffect(() => {
    const dialog = dialogRef.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);

  const handleSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (!title.trim()) {
      setError(t('dialog.new.titleRequired'));
      return;
    }
    setBusy(true);
    setError(undefined);
    try {
      const stored = await api.journeys.create({ templateId: template.id, title: title.trim(), locale });
      onClose();
      navigate({ name: 'map', id: stored.journey.id });
    } catch (failure) {
      setError(errorMessage(failure));
      setBusy(false);
    }
  };

  return (
    <dialog
      ref={dialogRef}
      className="dialog"
      aria-labelledby="new-map-title"
      onClose={onClose}
      data-testid="new-map-dialog"
    >
      <form onSubmit={(e) => void handleSubmit(e)} className="dialog-form">
        <header className="dialog-header">
          <h2 id="new-map-title">{t('dialog.new.title')}</h2>
          <button type="button" className="icon-btn" aria-label={t('common.close')} onClick={onClose}>
            <span aria-hidden="true">✕</span>
          </button>
        </header>
        <div className="dialog-template">
          <TemplatePreview template={template} />
          <p>
            <span className="field-label">{t('dialog.new.template')}</span> <strong>{template.name}</strong>
          </p>
        </div>
        <label className="field">
          <span>{t('dialog.new.mapTitle')}</span>
          <input
            className="input"
            name="title"
            value={title}
            maxLength={500}
            autoFocus
            required
            onChange={(e) => setTitle(e.target.value)}
          />
        </label>
        <label className="field">
          <span>{t('dialog.new.locale')}</span>
          <select
            className="select"
            name="locale"
            value={locale}
            onChange={(e) => setLocale(asLocale(e.target.value) ?? locale)}
          >
            {LOCALES.map((l) => (
              <option key={l.code} value={l.code}>
                {l.nativeName}
              </option>
            ))}
          </select>
        </label>
        {error && (
          <p className="alert error" role="alert">
            {error}
          </p>
        )}
        <footer className="dialog-actions">
          <button type="button" className="btn" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="btn primary" disabled={busy} data-testid="create-map">
            {busy ? t('dialog.new.creating') : t('dialog.new.create')}
          </button>
        </footer>
      </form>
    </dialog>
  );
}
