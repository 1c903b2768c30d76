import { isolate, useT } from '../i18n';

/** Props of `RowAction`. */
export interface RowActionProps {
  /** `data-action`, for tests and focus return: rename, duplicate, delete, restore, purge. */
  action: string;
  /** The visible text ("Rename"). */
  label: string;
  /** The map's title, added for screen readers ("Rename “Checkout”"). */
  title: string;
  danger?: boolean;
  disabled?: boolean;
  onClick(): void;
}

/**
 * One text button of a map row. Its accessible name is its visible text followed by the map's
 * title (isolated, so it reads in its own direction), so the name starts with what is seen.
 */
export function RowAction({ action, label, title, danger, disabled, onClick }: RowActionProps) {
  return (
    <button
      type="button"
      className={danger ? 'btn ghost danger' : 'btn ghost'}
      data-action={action}
      disabled={disabled}
      onClick={onClick}
    >
      {label}
      <span className="visually-hidden"> {isolate(title)}</span>
    </button>
  );
}

/** The header cell of a table's actions column: named for screen readers, blank on screen. */
export function ActionsHeader() {
  const t = useT();
  return (
    <th scope="col" className="map-actions-col">
      <span className="visually-hidden">{t('home.col.actions')}</span>
    </th>
  );
}
