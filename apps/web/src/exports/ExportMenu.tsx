import { useEffect, useId, useRef, useState } from 'react';
import { EXPORT_MEDIA_TYPES } from '@waymark/api';
import { replaceStoredImages, type Journey, type PdfOptions } from '@waymark/domain';
import { renderJourneySvg } from '@waymark/render';
import { useT } from '../i18n';
import { api, errorMessage } from '../lib/api';
import { saveBlob } from './download';
import { imageDataUrl } from './image-data-url';
import { EXPORT_CHOICES, type ExportChoice } from './export-formats';
import { exportFileName } from './file-name';
import { PdfPaperFields, pdfQuery } from './PdfPaperFields';
import './exports.css';

/** Props of `ExportMenu`. */
export interface ExportMenuProps {
  journey: Journey;
}

/**
 * The editor's export menu: PNG, PDF and SVG rendered by the server (with @waymark/render and
 * Chromium), an SVG drawn here from the map as edited, and the XLSX, JSON and Markdown documents.
 * Files are named after the map title (any script). Server exports use the last saved revision.
 * The PDF goes on the paper chosen below the formats (poster, or A4/A3/Letter tiled or fitted).
 */
export function ExportMenu({ journey }: ExportMenuProps) {
  const t = useT();
  const menuId = useId();
  const rootRef = useRef<HTMLDivElement>(null);
  const [open, setOpen] = useState(false);
  const [withFigures, setWithFigures] = useState(false);
  const [paper, setPaper] = useState<PdfOptions>({});
  const [busy, setBusy] = useState<ExportChoice['id'] | undefined>();
  const [failure, setFailure] = useState<string | undefined>();

  useEffect(() => {
    if (!open) return;
    const handlePointer = (event: PointerEvent) => {
      if (event.target instanceof Node && !rootRef.current?.contains(event.target)) setOpen(false);
    };
    const handleKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') setOpen(false);
    };
    document.addEventListener('pointerdown', handlePointer);
    document.addEventListener('keydown', handleKey);
    return () => {
      document.removeEventListener('pointerdown', handlePointer);
      document.removeEventListener('keydown', handleKey);
    };
  }, [open]);

  const run = async (choice: ExportChoice) => {
    setBusy(choice.id);
    setFailure(undefined);
    try {
      const name = exportFileName(journey.title, choice.format, journey.id);
      if (choice.id === 'svg-client') {
        const stored = await api.personas.list();
        const personas = stored.map((p) => p.persona).filter((p) => journey.personaIds.includes(p.id));
        // The uploads become data: URLs, so the file shows its images away from this server.
        const svg = renderJourneySvg(await replaceStoredImages(journey, personas, imageDataUrl));
        saveBlob(new Blob([svg], { type: EXPORT_MEDIA_TYPES.svg }), name);
      } else {
        const figures = choice.figures && withFigures ? ('true' as const) : undefined;
        const query = {
          ...(figures ? { figures } : {}),
          ...(choice.format === 'pdf' ? pdfQuery(paper) : {}),
        };
        const blob = await api.journeys.export(journey.id, choice.format, query);
        saveBlob(blob, name);
      }
      setOpen(false);
    } catch (error) {
      setFailure(t('export.failed', { format: t(choice.label), message: errorMessage(error) }));
    } finally {
      setBusy(undefined);
    }
  };

  return (
    <div className="export-menu" data-testid="export-menu" ref={rootRef}>
      <button
        type="button"
        className="btn"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={menuId}
        data-testid="export-button"
        onClick={() => setOpen((v) => !v)}
      >
        <span aria-hidden="true">⤓</span> {busy ? t('export.working') : t('export.button')}
      </button>
      {open && (
        <div className="export-popover" id={menuId}>
          <div role="menu" aria-label={t('export.menu')}>
            {EXPORT_CHOICES.map((choice) => (
              <button
                key={choice.id}
                type="button"
                role="menuitem"
                className="export-item"
                data-format={choice.id}
                disabled={busy !== undefined}
                onClick={() => void run(choice)}
              >
                <span className="export-format">{t(choice.label)}</span>
                <span className="export-hint">
                  {busy === choice.id ? t('export.working') : t(choice.hint)}
                </span>
              </button>
            ))}
          </div>
          <PdfPaperFields value={paper} onChange={setPaper} />
          <label className="export-option">
            <input type="checkbox" checked={withFigures} onChange={(e) => setWithFigures(e.target.checked)} />
            <span>{t('export.withFigures')}</span>
          </label>
          <p className="export-note">{t('export.savedNote')}</p>
        </div>
      )}
      {failure && (
        <p className="alert error export-error" role="alert" data-testid="export-error">
          {failure}
          <button
            type="button"
            className="icon-btn"
            aria-label={t('export.dismiss')}
            onClick={() => setFailure(undefined)}
          >
            ✕
          </button>
        </p>
      )}
    </div>
  );
}
