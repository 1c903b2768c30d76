import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { JourneySummary } from '@waymark/domain';
import { isolate, useT } from '../i18n';
import { hrefOf } from '../shell/use-route';
import type { MapActions } from './use-map-actions';

/** Props of `MapTitleCell`. */
export interface MapTitleCellProps {
  map: JourneySummary;
  actions: MapActions;
  /** Whether the title is being renamed in place. */
  renaming: boolean;
  /** Called when the rename ends (saved, unchanged or cancelled). */
  onRenameEnd(): void;
}

/**
 * The title cell of a map row: a link to the map, or while renaming a text field in its place
 * (Enter or leaving the field saves, Escape cancels; an empty title is not saved). The title is user
 * text in any script, shown with `dir="auto"`.
 */
export function MapTitleCell({ map, actions, renaming, onRenameEnd }: MapTitleCellProps) {
  const t = useT();
  const [draft, setDraft] = useState(map.title);
  const inputRef = useRef<HTMLInputElement>(null);
  const settled = useRef(false);

  useEffect(() => {
    if (!renaming) return;
    settled.current = false;
    setDraft(map.title);
    const input = inputRef.current;
    input?.focus();
    input?.select();
  }, [renaming, map.title]);

  const finish = async (save: boolean) => {
    if (settled.current) return;
    settled.current = true;
    if (save) await actions.rename(map, draft);
    onRenameEnd();
  };

  const handleKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      void finish(true);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      void finish(false);
    }
  };

  if (!renaming) {
    return (
      <a href={hrefOf({ name: 'map', id: map.id })} className="map-link" dir="auto">
        {map.title}
      </a>
    );
  }
  return (
    <input
      ref={inputRef}
      className="input rename-input"
      data-testid="rename-input"
      dir="auto"
      value={draft}
      maxLength={500}
      aria-label={t('home.manage.renameLabel', { title: isolate(map.title) })}
      disabled={actions.busyId === map.id}
      onChange={(event) => setDraft(event.target.value)}
      onKeyDown={handleKeyDown}
      onBlur={() => void finish(true)}
    />
  );
}
