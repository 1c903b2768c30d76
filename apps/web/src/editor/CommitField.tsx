import { useState } from 'react';

/** Props of `CommitField`. */
export interface CommitFieldProps {
  label: string;
  value: string;
  onCommit(next: string): void;
  multiline?: boolean;
  type?: 'text' | 'url' | 'date' | 'number';
  maxLength?: number;
  /** Text direction of the field; `auto` suits free text in any script. */
  dir?: 'auto' | 'ltr';
  testId?: string;
  /** Id of a `<datalist>` of suggestions (single-line fields). */
  list?: string;
}

/**
 * A labelled text field that commits its trimmed value on blur or Enter (Shift+Enter in a
 * textarea adds a line), so each commit is one undo step rather than one per keystroke. An
 * outside change (undo) replaces what is typed.
 */
export function CommitField({
  label,
  value,
  onCommit,
  multiline,
  type = 'text',
  maxLength = 2000,
  dir = 'auto',
  testId,
  list,
}: CommitFieldProps) {
  const [draft, setDraft] = useState(value);
  const [seen, setSeen] = useState(value);
  if (value !== seen) {
    setSeen(value);
    setDraft(value);
  }
  const commit = () => {
    if (draft.trim() !== value.trim()) onCommit(draft.trim());
  };
  const common = {
    className: 'input',
    dir,
    value: draft,
    maxLength,
    'data-testid': testId,
    onBlur: commit,
  };
  return (
    <label className="field">
      <span>{label}</span>
      {multiline ? (
        <textarea
          {...common}
          rows={2}
          onChange={(event) => setDraft(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter' && !event.shiftKey) {
              event.preventDefault();
              commit();
            }
          }}
        />
      ) : (
        <input
          {...common}
          type={type}
          list={list}
          min={type === 'number' ? 0 : undefined}
          onChange={(event) => setDraft(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter') commit();
          }}
        />
      )}
    </label>
  );
}
