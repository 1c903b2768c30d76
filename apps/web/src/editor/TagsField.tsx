import { useId, useState } from 'react';
import { useT } from '../i18n';

/** Props of `TagsField`. */
export interface TagsFieldProps {
  tags: readonly string[];
  onChange(next: string[]): void;
}

/**
 * A card's tags as removable chips and a field that adds one on Enter or comma (repeats and blanks
 * are ignored, each tag at most 100 characters). Backspace in the empty field removes the last tag.
 */
export function TagsField({ tags, onChange }: TagsFieldProps) {
  const t = useT();
  const id = useId();
  const [draft, setDraft] = useState('');
  const add = () => {
    const tag = draft.trim().slice(0, 100);
    setDraft('');
    if (tag !== '' && !tags.includes(tag)) onChange([...tags, tag]);
  };
  return (
    <div className="field tags-field" data-testid="tags-field">
      <label htmlFor={id}>
        <span>{t('item.tags')}</span>
      </label>
      {tags.length > 0 && (
        <ul className="tag-chips">
          {tags.map((tag) => (
            <li key={tag} className="tag-chip">
              <span dir="auto">{tag}</span>
              <button
                type="button"
                className="chip-remove"
                aria-label={t('item.removeTag', { tag })}
                title={t('item.removeTag', { tag })}
                onClick={() => onChange(tags.filter((other) => other !== tag))}
              >
                <span aria-hidden="true">✕</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <input
        id={id}
        className="input"
        dir="auto"
        value={draft}
        maxLength={100}
        placeholder={t('item.tagPlaceholder')}
        data-testid="tag-input"
        onChange={(event) => {
          const text = event.target.value;
          if (text.endsWith(',')) {
            setDraft(text.slice(0, -1));
            return;
          }
          setDraft(text);
        }}
        onKeyDown={(event) => {
          if (event.key === 'Enter' || event.key === ',') {
            event.preventDefault();
            add();
          } else if (event.key === 'Backspace' && draft === '' && tags.length > 0) {
            onChange(tags.slice(0, -1));
          }
        }}
        onBlur={add}
      />
    </div>
  );
}
