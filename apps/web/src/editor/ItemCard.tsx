import { memo, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import {
  isAllowedImageUrl,
  itemTypeLabel,
  moveItem,
  opportunityPriority,
  removeItem,
  updateItem,
  type Item,
  type Journey,
} from '@waymark/domain';
import { formatNumber, useT } from '../i18n';
import { startDrag } from './dnd';
import { useEditor } from './EditorContext';
import { markMoved, takeMoved } from './focus-after-move';
import { useInnerTabIndex, useMapDirection } from './grid-focus';
import { InlineText, type InlineTextHandle } from './InlineText';
import { ItemDetails } from './ItemDetails';
import { consumeEdit } from './new-item';
import { Popover } from './Popover';
import { RemoveButton } from './RemoveButton';
import { Icon } from '../shell/Icon';
import './item-card.css';

/** Props of `ItemCard`. */
export interface ItemCardProps {
  item: Item;
  /** Position within its cell. */
  index: number;
  cellSize: number;
  stageIndex: number;
  laneIndex: number;
}

/** Where Alt+Arrow sends an item: a neighbouring cell, or a new place within its own cell. */
type Step = 'stage-' | 'stage+' | 'lane-' | 'lane+' | 'earlier' | 'later';

function stepItem(
  journey: Journey,
  item: Item,
  stageIndex: number,
  laneIndex: number,
  index: number,
  step: Step,
): Journey {
  switch (step) {
    case 'stage-':
    case 'stage+': {
      const stage = journey.stages[stageIndex + (step === 'stage+' ? 1 : -1)];
      return stage ? moveItem(journey, item.id, { stageId: stage.id, laneId: item.laneId }) : journey;
    }
    case 'lane-':
    case 'lane+': {
      const lane = journey.lanes[laneIndex + (step === 'lane+' ? 1 : -1)];
      if (!lane || lane.kind === 'emotions') return journey;
      return moveItem(journey, item.id, { stageId: item.stageId, laneId: lane.id });
    }
    case 'earlier':
    case 'later':
      return moveItem(journey, item.id, {
        stageId: item.stageId,
        laneId: item.laneId,
        index: Math.max(0, index + (step === 'later' ? 1 : -1)),
      });
  }
}

function Rating({ value, label }: { value: number; label: string }) {
  return (
    <span className="rating" role="img" aria-label={label} title={label}>
      {[1, 2, 3, 4, 5].map((n) => (
        <span key={n} className={n <= value ? 'on' : ''} aria-hidden="true" />
      ))}
    </span>
  );
}

/** Accepts only raster data: URLs and stored images (same origin) as an `<img src>`. */
function safeImageSrc(src: string | undefined): string | undefined {
  return src !== undefined && isAllowedImageUrl(src) ? src : undefined;
}

/**
 * One item in a cell: its icon (if any), text (inline edit), kind-specific badges, an optional image, a details
 * popover and remove. Drag it to another cell, or Alt+Arrow to move it by keyboard.
 */
export const ItemCard = memo(function ItemCard({
  item,
  index,
  cellSize,
  stageIndex,
  laneIndex,
}: ItemCardProps) {
  const t = useT();
  const dir = useMapDirection();
  const { edit, readOnly, locale } = useEditor();
  const [autoEdit] = useState(() => consumeEdit(item.id));
  const image = safeImageSrc(item.image);
  const tabIndex = useInnerTabIndex(0);

  const rootRef = useRef<HTMLElement>(null);
  const textRef = useRef<InlineTextHandle>(null);

  // A keyboard move re-renders the card in its new place (often as a new element): focus it there
  // in the same commit, so the next key press already reaches it.
  useLayoutEffect(() => {
    if (takeMoved(item.id) && document.activeElement !== rootRef.current) rootRef.current?.focus();
  }, [item.id, index, stageIndex, laneIndex]);

  const move = (step: Step) => {
    markMoved(item.id);
    edit((j) => stepItem(j, item, stageIndex, laneIndex, index, step));
  };

  const handleKeyDown = (event: KeyboardEvent) => {
    if (readOnly) return;
    if (event.target === event.currentTarget && (event.key === 'Delete' || event.key === 'Backspace')) {
      event.preventDefault();
      edit((j) => removeItem(j, item.id));
      return;
    }
    if (event.target === event.currentTarget && (event.key === 'Enter' || event.key === 'F2')) {
      event.preventDefault();
      event.stopPropagation();
      textRef.current?.edit();
      return;
    }
    if (!event.altKey) return;
    const steps: Record<string, Step> = {
      ArrowLeft: dir === 'rtl' ? 'stage+' : 'stage-',
      ArrowRight: dir === 'rtl' ? 'stage-' : 'stage+',
      ArrowUp: event.shiftKey ? 'earlier' : 'lane-',
      ArrowDown: event.shiftKey ? 'later' : 'lane+',
    };
    const step = steps[event.key];
    if (!step) return;
    event.preventDefault();
    event.stopPropagation();
    move(step);
  };

  return (
    <article
      ref={rootRef}
      className={`item-card kind-${item.type}`}
      data-testid="item-card"
      data-item-id={item.id}
      tabIndex={tabIndex}
      aria-label={`${itemTypeLabel(item.type, locale)}: ${item.text}`}
      style={item.color ? { borderInlineStartColor: item.color } : undefined}
      draggable={!readOnly}
      onDragStart={(event) => {
        event.stopPropagation();
        startDrag(event, 'item', item.id);
      }}
      onKeyDown={handleKeyDown}
    >
      {(item.type !== 'card' || item.icon) && (
        <div className="item-meta">
          {item.icon && (
            <span className="item-icon" data-testid="item-icon" data-icon={item.icon}>
              <Icon name={item.icon} />
            </span>
          )}
          {item.type !== 'card' && (
            <span className={`kind-chip kind-${item.type}`}>{itemTypeLabel(item.type, locale)}</span>
          )}
          {item.type === 'touchpoint' && item.channel && (
            <span className="channel-chip" dir="auto">
              {item.channel}
            </span>
          )}
          {item.type === 'pain_point' && (
            <Rating value={item.severity} label={t('item.severityValue', { value: item.severity })} />
          )}
          {item.type === 'opportunity' && (
            <span
              className="priority-chip"
              title={`${t('item.impact')} ${formatNumber(locale, item.impact)} · ${t('item.feasibility')} ${formatNumber(locale, item.feasibility)}`}
            >
              {formatNumber(locale, opportunityPriority(item).score)}
            </span>
          )}
        </div>
      )}
      {image && <img className="item-image" src={image} alt="" loading="lazy" />}
      {readOnly ? (
        <p className="item-text" dir="auto">
          {item.text}
        </p>
      ) : (
        <InlineText
          className="item-text"
          value={item.text}
          label={t('item.text')}
          multiline
          autoEdit={autoEdit}
          ref={textRef}
          placeholder={t('item.newText')}
          onCommit={(text) => edit((j) => updateItem(j, item.id, { text }))}
        />
      )}
      {!readOnly && (
        <div className="item-tools">
          <Popover
            label={t('item.details')}
            testId="item-details"
            trigger={<span aria-hidden="true">⋯</span>}
            className="item-popover"
          >
            {() => (
              <ItemDetails
                item={item}
                canEarlier={index > 0}
                canLater={index < cellSize - 1}
                onMove={(later) => move(later ? 'later' : 'earlier')}
              />
            )}
          </Popover>
          <RemoveButton label={t('item.remove')} onRemove={() => edit((j) => removeItem(j, item.id))} />
        </div>
      )}
    </article>
  );
});
