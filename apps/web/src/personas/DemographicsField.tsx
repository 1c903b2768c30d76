import type { Persona } from '@waymark/domain';
import { useT } from '../i18n';

/** Props of `DemographicsField`. */
export interface DemographicsFieldProps {
  values: Persona['demographics'];
  onChange(next: Persona['demographics']): void;
}

/** The ordered label/value pairs of a persona's demographics (age, location, occupation, ...). */
export function DemographicsField({ values, onChange }: DemographicsFieldProps) {
  const t = useT();
  const set = (index: number, patch: Partial<Persona['demographics'][number]>) =>
    onChange(values.map((row, i) => (i === index ? { ...row, ...patch } : row)));
  return (
    <fieldset className="list-field pairs-field">
      <legend>{t('personas.field.demographics')}</legend>
      {values.length === 0 && <p className="muted list-empty">{t('personas.list.empty')}</p>}
      <ul>
        {values.map((row, index) => (
          <li key={index}>
            <input
              className="input"
              dir="auto"
              name={`demographics.${index}.label`}
              value={row.label}
              maxLength={500}
              placeholder={t('personas.demographics.labelPlaceholder')}
              aria-label={t('personas.demographics.label', { index: index + 1 })}
              onChange={(e) => set(index, { label: e.target.value })}
            />
            <input
              className="input"
              dir="auto"
              name={`demographics.${index}.value`}
              value={row.value}
              maxLength={500}
              placeholder={t('personas.demographics.valuePlaceholder')}
              aria-label={t('personas.demographics.value', { index: index + 1 })}
              onChange={(e) => set(index, { value: e.target.value })}
            />
            <button
              type="button"
              className="icon-btn danger"
              aria-label={t('personas.list.remove', {
                label: t('personas.field.demographics'),
                index: index + 1,
              })}
              onClick={() => onChange(values.filter((_, i) => i !== index))}
            >
              ✕
            </button>
          </li>
        ))}
      </ul>
      <button
        type="button"
        className="btn ghost add-row"
        data-add="demographics"
        onClick={() => onChange([...values, { label: '', value: '' }])}
      >
        ＋ {t('personas.list.add')}
      </button>
    </fieldset>
  );
}
