import { useT } from '../i18n';
import { useInnerTabIndex } from './grid-focus';
import { Popover } from './Popover';

/** A stage or lane that holds cards: removing it asks first. */
export interface RemoveHolder {
  kind: 'stage' | 'lane';
  name: string;
  /** Cards it holds; with none, the button removes at once. */
  cards: number;
}

/** Props of `RemoveButton`. */
export interface RemoveButtonProps {
  /** Accessible name and tooltip, e.g. "Remove stage Checkout". */
  label: string;
  /** What is removed, when it may hold cards (a card itself is removed at once). */
  holder?: RemoveHolder;
  onRemove(): void;
}

/**
 * The ✕ button of a header or card. When removing would take cards with it, it opens a small
 * confirmation instead (focus on Cancel; Escape or a click outside keeps everything).
 */
export function RemoveButton({ label, holder, onRemove }: RemoveButtonProps) {
  const t = useT();
  const tabIndex = useInnerTabIndex();
  const glyph = <span aria-hidden="true">✕</span>;
  if (!holder || holder.cards === 0) {
    return (
      <button
        type="button"
        className="icon-btn danger"
        aria-label={label}
        title={label}
        tabIndex={tabIndex}
        onClick={onRemove}
      >
        {glyph}
      </button>
    );
  }
  return (
    <Popover label={label} triggerClassName="icon-btn danger" trigger={glyph} className="confirm-popover">
      {(close) => (
        <div className="confirm" data-testid="confirm-remove">
          <p>
            {holder.cards === 1
              ? t(holder.kind === 'stage' ? 'stage.removeAskOne' : 'lane.removeAskOne', { name: holder.name })
              : t(holder.kind === 'stage' ? 'stage.removeAsk' : 'lane.removeAsk', {
                  name: holder.name,
                  count: holder.cards,
                })}
          </p>
          <div className="confirm-actions">
            <button
              type="button"
              className="btn danger"
              data-testid="confirm-remove-yes"
              onClick={() => {
                close();
                onRemove();
              }}
            >
              {t('common.remove')}
            </button>
            <button type="button" className="btn" autoFocus onClick={close}>
              {t('common.cancel')}
            </button>
          </div>
        </div>
      )}
    </Popover>
  );
}
