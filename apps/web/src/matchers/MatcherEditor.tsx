import { useId, useState } from 'react';
import type { EventMatcher } from '@waymark/domain';
import { useT, type TranslationKey } from '../i18n';
import {
  emptyDraft,
  fromDraft,
  MATCHER_TYPES,
  OPERATORS,
  suggestionsFor,
  toDraft,
  type DraftProblem,
  type MatcherDraft,
} from './matcher-draft';
import { useFormat } from '../figures/use-format';
import { useEventNames } from './use-event-names';
import './matchers.css';

/** Props of `MatcherEditor`. */
export interface MatcherEditorProps {
  matchers: readonly EventMatcher[];
  /** Called with the valid matchers after a field is committed (blur, Enter or a select change). */
  onChange(next: EventMatcher[]): void;
  /** The legend, e.g. "Events of this stage". */
  label: string;
}

interface Row {
  key: number;
  draft: MatcherDraft;
  touched: boolean;
}

const PROBLEM_KEY: Record<DraftProblem, TranslationKey> = {
  event: 'matchers.problem.event',
  events: 'matchers.problem.events',
  prefix: 'matchers.problem.prefix',
  property: 'matchers.problem.property',
  value: 'matchers.problem.value',
};

let nextKey = 0;
const rowOf = (draft: MatcherDraft, touched = false): Row => ({ key: nextKey++, draft, touched });
const validOf = (rows: readonly Row[]): EventMatcher[] =>
  rows.flatMap((row) => {
    const result = fromDraft(row.draft);
    return result.ok ? [result.matcher] : [];
  });

/**
 * Edits the event matchers of a stage or touchpoint (several are OR-ed): event equals, event is one
 * of (comma list), event name starts with, or an event property condition. Event name fields
 * suggest the names the server has seen. Rows that are not valid yet stay as drafts with an error;
 * only valid matchers are saved. Trap: an outside change (undo) replaces the drafts.
 */
export function MatcherEditor({ matchers, onChange, label }: MatcherEditorProps) {
  const t = useT();
  const id = useId();
  const names = useEventNames();
  const f = useFormat();
  const [rows, setRows] = useState<Row[]>(() => matchers.map((m) => rowOf(toDraft(m))));
  const outside = JSON.stringify(matchers);
  const [seen, setSeen] = useState(outside);
  if (outside !== seen) {
    setSeen(outside);
    if (JSON.stringify(validOf(rows)) !== outside) setRows(matchers.map((m) => rowOf(toDraft(m))));
  }

  const commit = (next: Row[]) => {
    setRows(next);
    const valid = validOf(next);
    if (JSON.stringify(valid) !== outside) onChange(valid);
  };
  const change = (key: number, patch: Partial<MatcherDraft>, now = false) => {
    const next = rows.map((row) =>
      row.key === key ? { ...row, draft: { ...row.draft, ...patch }, touched: row.touched || now } : row,
    );
    if (now) commit(next);
    else setRows(next);
  };
  const touch = (key: number) =>
    commit(rows.map((row) => (row.key === key ? { ...row, touched: true } : row)));
  const handleEnter = (event: React.KeyboardEvent<HTMLInputElement>, key: number) => {
    if (event.key !== 'Enter') return;
    event.preventDefault();
    touch(key);
  };

  return (
    <fieldset className="matcher-editor" data-testid="matcher-editor">
      <legend>{label}</legend>
      {rows.length === 0 && <p className="muted field-help">{t('matchers.empty')}</p>}
      <ul className="matcher-rows">
        {rows.map((row, index) => {
          const { draft } = row;
          const result = fromDraft(draft);
          const error = row.touched && !result.ok ? t(PROBLEM_KEY[result.problem]) : undefined;
          const errorId = `${id}-${row.key}-error`;
          const listId = `${id}-${row.key}-names`;
          const n = index + 1;
          return (
            <li key={row.key} className="matcher-row" data-testid="matcher-row">
              <select
                className="select"
                aria-label={t('matchers.type', { n })}
                value={draft.type}
                onChange={(event) => {
                  const type = MATCHER_TYPES.find((candidate) => candidate === event.target.value);
                  if (type) change(row.key, { type }, true);
                }}
              >
                {MATCHER_TYPES.map((type) => (
                  <option key={type} value={type}>
                    {t(`matchers.kind.${type}`)}
                  </option>
                ))}
              </select>
              {draft.type === 'property' ? (
                <>
                  <input
                    className="input"
                    dir="ltr"
                    value={draft.property}
                    maxLength={200}
                    placeholder={t('personas.segment.property')}
                    aria-label={t('matchers.property', { n })}
                    aria-invalid={error !== undefined && !result.ok && result.problem === 'property'}
                    aria-describedby={error ? errorId : undefined}
                    onChange={(event) => change(row.key, { property: event.target.value })}
                    onBlur={() => touch(row.key)}
                    onKeyDown={(event) => handleEnter(event, row.key)}
                  />
                  <select
                    className="select"
                    aria-label={t('matchers.operator', { n })}
                    value={draft.operator}
                    onChange={(event) => {
                      const operator = OPERATORS.find((op) => op === event.target.value);
                      if (operator) change(row.key, { operator }, true);
                    }}
                  >
                    {OPERATORS.map((op) => (
                      <option key={op} value={op}>
                        {t(`personas.op.${op}`)}
                      </option>
                    ))}
                  </select>
                  {draft.operator !== 'exists' && (
                    <input
                      className="input"
                      dir="auto"
                      value={draft.value}
                      placeholder={
                        draft.operator === 'in'
                          ? t('personas.segment.listPlaceholder')
                          : t('personas.segment.value')
                      }
                      aria-label={t('matchers.value', { n })}
                      aria-invalid={error !== undefined && !result.ok && result.problem === 'value'}
                      aria-describedby={error ? errorId : undefined}
                      onChange={(event) => change(row.key, { value: event.target.value })}
                      onBlur={() => touch(row.key)}
                      onKeyDown={(event) => handleEnter(event, row.key)}
                    />
                  )}
                </>
              ) : (
                <>
                  <input
                    className="input matcher-names"
                    dir="ltr"
                    list={listId}
                    value={draft.text}
                    placeholder={t(`matchers.placeholder.${draft.type}`)}
                    aria-label={t(`matchers.field.${draft.type}`, { n })}
                    aria-invalid={error !== undefined}
                    aria-describedby={error ? errorId : undefined}
                    data-testid="matcher-text"
                    onChange={(event) => change(row.key, { text: event.target.value })}
                    onBlur={() => touch(row.key)}
                    onKeyDown={(event) => handleEnter(event, row.key)}
                  />
                  <datalist id={listId}>
                    {suggestionsFor(draft, names)
                      .slice(0, 50)
                      .map((name) => (
                        <option key={name} value={name} />
                      ))}
                  </datalist>
                </>
              )}
              <button
                type="button"
                className="icon-btn danger"
                aria-label={t('matchers.remove', { n })}
                title={t('matchers.remove', { n })}
                onClick={() => commit(rows.filter((r) => r.key !== row.key))}
              >
                <span aria-hidden="true">✕</span>
              </button>
              {error && (
                <p id={errorId} className="field-error matcher-error" role="alert">
                  {error}
                </p>
              )}
            </li>
          );
        })}
      </ul>
      <button
        type="button"
        className="btn ghost add-row"
        data-testid="add-matcher"
        onClick={() => setRows([...rows, rowOf(emptyDraft())])}
      >
        ＋ {t('matchers.add')}
      </button>
      {names.length > 0 && (
        <p className="muted field-help">{t('matchers.known', { count: f.count(names.length) })}</p>
      )}
    </fieldset>
  );
}
