import { useId } from 'react';
import { useT } from '../i18n';

/** Props of `ListField`. */
export interface ListFieldProps {
  label: string;
  values: readonly string[];
  onChange(next: string[]): void;
  /** Placeholder of a new row. */
  placeholder?: string;
  /** Name prefix of the inputs (`goals.0`, `goals.1`, ...) for forms and tests. */
  name: string;
  multiline?: boolean;
  maxLength?: number;
}

/**
 * An editable list of texts (goals, needs, channels, ...): one input per entry with a remove
 * button, and an "add" button. Empty entries are kept while editing; the page drops them on save.
 */
export function ListField({
  label,
  values,
  onChange,
  placeholder,
  name,
  multiline,
  maxLength = 20_000,
}: ListFieldProps) {
  const t = useT();
  const id = useId();
  const set = (index: number, value: string) => onChange(values.map((v, i) => (i === index ? value : v)));
  return (
    <fieldset className="list-field" aria-labelledby={`${id}-legend`}>
      <legend id={`${id}-legend`}>{label}</legend>
      {values.length === 0 && <p className="muted list-empty">{t('personas.list.empty')}</p>}
      <ul>
        {values.map((value, index) => (
          <li key={index}>
            {multiline ? (
              <textarea
                className="textarea"
                dir="auto"
                rows={1}
                name={`${name}.${index}`}
                value={value}
                maxLength={maxLength}
                aria-label={`${label} ${index + 1}`}
                placeholder={placeholder}
                onChange={(e) => set(index, e.target.value)}
              />
            ) : (
              <input
                className="input"
                dir="auto"
                name={`${name}.${index}`}
                value={value}
                maxLength={maxLength}
                aria-label={`${label} ${index + 1}`}
                placeholder={placeholder}
                onChange={(e) => set(index, e.target.value)}
              />
            )}
            <button
              type="button"
              className="icon-btn danger"
              aria-label={t('personas.list.remove', { label, index: index + 1 })}
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
        data-add={name}
        onClick={() => onChange([...values, ''])}
      >
        ＋ {t('personas.list.add')}
      </button>
    </fieldset>
  );
}
