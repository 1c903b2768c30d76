import {
  memo,
  useEffect,
  useImperativeHandle,
  useLayoutEffect,
  useRef,
  useState,
  type KeyboardEvent,
  type Ref,
} from 'react';
import { useInnerTabIndex } from './grid-focus';
import './inline-text.css';

/** What a parent can ask of an `InlineText`: to start editing (caret at the end). */
export interface InlineTextHandle {
  edit(): void;
}

/** Props of `InlineText`. */
export interface InlineTextProps {
  value: string;
  /** Accessible name of the text, also used for the editor field. */
  label: string;
  /** Called with the new text on Enter or blur, only when it changed. */
  onCommit(next: string): void;
  multiline?: boolean;
  /** Shown (faint) when the value is empty. */
  placeholder?: string;
  className?: string;
  /** Start in edit mode (for newly added elements). */
  autoEdit?: boolean;
  /** Refuse empty text (names): an empty commit is treated as cancel. */
  required?: boolean;
  /** The control Enter on its grid cell goes to (a header's name): focused and put in edit mode. */
  cellPrimary?: boolean;
  ref?: Ref<InlineTextHandle>;
}

/**
 * Text that turns into a field when clicked or on Enter, with the caret at the end of the text
 * (nothing is selected, so a key press adds rather than replaces). Escape cancels, Enter (without
 * Shift) or leaving the field commits. The field takes focus while the edit starts, before the
 * next key press is handled, so typing right after "+ Card" loses nothing. The text is user content
 * in any script: it is shown with `dir="auto"` and rendered as a React text node, never as HTML.
 */
export const InlineText = memo(function InlineText(props: InlineTextProps) {
  const { value, label, onCommit, multiline, placeholder, className, autoEdit, required, cellPrimary, ref } =
    props;
  const [editing, setEditing] = useState(Boolean(autoEdit));
  const [draft, setDraft] = useState(value);
  const fieldRef = useRef<HTMLTextAreaElement & HTMLInputElement>(null);
  const displayRef = useRef<HTMLSpanElement>(null);
  const cancelled = useRef(false);
  const tabIndex = useInnerTabIndex(0);

  useImperativeHandle(ref, () => ({ edit: () => setEditing(true) }), []);

  useEffect(() => {
    if (!editing) setDraft(value);
  }, [value, editing]);

  useLayoutEffect(() => {
    const field = fieldRef.current;
    if (!editing || !field) return;
    field.focus();
    const end = field.value.length;
    field.setSelectionRange(end, end);
  }, [editing]);

  const finish = (commit: boolean) => {
    setEditing(false);
    const next = multiline ? draft : draft.trim();
    if (commit && next !== value && !(required && next.trim() === '')) onCommit(next);
    requestAnimationFrame(() => displayRef.current?.focus());
  };

  const handleFieldKeyDown = (event: KeyboardEvent) => {
    event.stopPropagation();
    if (event.key === 'Escape') {
      event.preventDefault();
      cancelled.current = true;
      setDraft(value);
      finish(false);
    } else if (event.key === 'Enter' && !event.shiftKey) {
      event.preventDefault();
      cancelled.current = true;
      finish(true);
    }
  };

  const handleBlur = () => {
    if (cancelled.current) {
      cancelled.current = false;
      return;
    }
    finish(true);
  };

  if (editing) {
    const common = {
      ref: fieldRef,
      className: `inline-field ${className ?? ''}`,
      'aria-label': label,
      dir: 'auto',
      value: draft,
      onChange: (e: { target: { value: string } }) => setDraft(e.target.value),
      onKeyDown: handleFieldKeyDown,
      onBlur: handleBlur,
    };
    return multiline ? (
      <textarea rows={Math.min(8, Math.max(2, draft.split('\n').length))} {...common} />
    ) : (
      <input {...common} />
    );
  }

  return (
    <span
      ref={displayRef}
      role="button"
      tabIndex={tabIndex}
      dir="auto"
      className={`inline-text ${className ?? ''} ${value ? '' : 'is-empty'}`}
      aria-label={`${label}: ${value || placeholder || ''}`}
      data-cell-primary={cellPrimary ? '' : undefined}
      data-edit-on-enter={cellPrimary ? '' : undefined}
      onClick={(event) => {
        event.stopPropagation();
        setEditing(true);
      }}
      onKeyDown={(event) => {
        if (event.key === 'Enter' || event.key === 'F2') {
          event.preventDefault();
          event.stopPropagation();
          setEditing(true);
        }
      }}
    >
      {value || placeholder}
    </span>
  );
});
