import {
  evidenceLinkSchema,
  evidenceSourceSchema,
  ID_PREFIX,
  newId,
  type EvidenceLink,
} from '@waymark/domain';
import { useT } from '../i18n';
import { CommitField } from './CommitField';

/** Props of `EvidenceEditor`. */
export interface EvidenceEditorProps {
  evidence: readonly EvidenceLink[];
  onChange(next: EvidenceLink[]): void;
}

const SOURCES = evidenceSourceSchema.options;
const BASES = evidenceLinkSchema.shape.basis.options;

/**
 * Replaces one field of a link, validated by the domain's schema: a blank text clears an optional
 * field, and an invalid value (a date that is not YYYY-MM-DD, a negative sample) is refused.
 */
function patched(link: EvidenceLink, key: keyof EvidenceLink, text: string): EvidenceLink | undefined {
  const next: Record<string, unknown> = { ...link };
  if (text === '') delete next[key];
  else next[key] = key === 'sampleSize' ? Number(text) : text;
  const parsed = evidenceLinkSchema.safeParse(next);
  return parsed.success ? parsed.data : undefined;
}

/**
 * The evidence behind a card: each link's source kind, whether it was observed or assumed, title,
 * URL, date, sample size and note. Each field commits on its own (blur, Enter or a select change).
 */
export function EvidenceEditor({ evidence, onChange }: EvidenceEditorProps) {
  const t = useT();
  const replace = (index: number, link: EvidenceLink | undefined) => {
    if (link) onChange(evidence.map((old, i) => (i === index ? link : old)));
  };
  return (
    <fieldset className="evidence-editor" data-testid="evidence-editor">
      <legend>{t('evidence.title')}</legend>
      {evidence.length === 0 && <p className="muted field-help">{t('evidence.empty')}</p>}
      {evidence.map((link, index) => {
        const n = index + 1;
        const text = (key: keyof EvidenceLink) => {
          const value = link[key];
          return value === undefined ? '' : String(value);
        };
        return (
          <div key={link.id} className="evidence-link" data-testid="evidence-link">
            <div className="evidence-link-head">
              <strong>{t('evidence.link', { n })}</strong>
              <button
                type="button"
                className="icon-btn danger"
                aria-label={t('evidence.remove', { n })}
                title={t('evidence.remove', { n })}
                onClick={() => onChange(evidence.filter((other) => other.id !== link.id))}
              >
                <span aria-hidden="true">✕</span>
              </button>
            </div>
            <div className="field-pair">
              <label className="field">
                <span>{t('evidence.source')}</span>
                <select
                  className="select"
                  value={link.source}
                  onChange={(event) => replace(index, patched(link, 'source', event.target.value))}
                >
                  {SOURCES.map((source) => (
                    <option key={source} value={source}>
                      {t(`evidence.source.${source}`)}
                    </option>
                  ))}
                </select>
              </label>
              <label className="field">
                <span>{t('evidence.basis')}</span>
                <select
                  className="select"
                  value={link.basis}
                  onChange={(event) => replace(index, patched(link, 'basis', event.target.value))}
                >
                  {BASES.map((basis) => (
                    <option key={basis} value={basis}>
                      {t(`evidence.basis.${basis}`)}
                    </option>
                  ))}
                </select>
              </label>
            </div>
            <CommitField
              label={t('evidence.linkTitle')}
              value={text('title')}
              maxLength={500}
              onCommit={(value) => replace(index, patched(link, 'title', value))}
            />
            <CommitField
              label={t('evidence.url')}
              type="url"
              dir="ltr"
              value={text('url')}
              onCommit={(value) => replace(index, patched(link, 'url', value))}
            />
            <div className="field-pair">
              <CommitField
                label={t('evidence.date')}
                type="date"
                dir="ltr"
                value={text('date')}
                onCommit={(value) => replace(index, patched(link, 'date', value))}
              />
              <CommitField
                label={t('evidence.sampleSize')}
                type="number"
                dir="ltr"
                value={text('sampleSize')}
                onCommit={(value) => replace(index, patched(link, 'sampleSize', value))}
              />
            </div>
            <CommitField
              label={t('evidence.note')}
              multiline
              maxLength={20_000}
              value={text('note')}
              onCommit={(value) => replace(index, patched(link, 'note', value))}
            />
          </div>
        );
      })}
      <button
        type="button"
        className="btn ghost add-row"
        data-testid="add-evidence"
        onClick={() =>
          onChange([...evidence, { id: newId(ID_PREFIX.evidence), source: 'survey', basis: 'observed' }])
        }
      >
        ＋ {t('evidence.add')}
      </button>
    </fieldset>
  );
}
