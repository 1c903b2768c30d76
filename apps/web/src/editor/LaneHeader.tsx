import { memo, type KeyboardEvent } from 'react';
import {
  dividerKindLabel,
  dividerSchema,
  laneKindLabel,
  laneKindSchema,
  moveLane,
  removeLane,
  setDivider,
  updateLane,
  type Divider,
  type Lane,
} from '@waymark/domain';
import { useLocale, useT } from '../i18n';
import { useHeaderReorder } from './use-header-reorder';
import { useEditor } from './EditorContext';
import { CellEnteredContext, useNavCell } from './grid-focus';
import { InlineText } from './InlineText';
import { ColorPicker, IconPicker } from './pickers';
import { Popover } from './Popover';
import { RemoveButton } from './RemoveButton';
import { Icon } from '../shell/Icon';
import './lane-header.css';

const DIVIDER_KINDS = dividerSchema.shape.kind.options;

/** Props of `LaneHeader`. */
export interface LaneHeaderProps {
  lane: Lane;
  /** Blueprint lines drawn under this lane (toggled in the lane options). */
  dividers: readonly Divider[];
  index: number;
  count: number;
  /** Cards in this lane: removing a lane that holds cards asks first. */
  cardCount: number;
}

/**
 * The start-side header of a lane row: icon, name, kind, colour, move and remove. Drag onto another
 * lane header to reorder; Alt+Up/Down moves it by keyboard.
 */
export const LaneHeader = memo(function LaneHeader(props: LaneHeaderProps) {
  const { lane, index, count, dividers, cardCount } = props;
  const t = useT();
  const { dir: uiDir } = useLocale();
  const { edit, readOnly, locale } = useEditor();
  const nav = useNavCell(index + 1, 0);
  const tabIndex = nav.innerTabIndex;
  const name = lane.name;
  const { rootRef, dropping, move, dragProps } = useHeaderReorder('lane', lane.id, index, count, moveLane);

  const handleKeyDown = (event: KeyboardEvent) => {
    if (readOnly || !event.altKey) return;
    if (event.key === 'ArrowUp') move(index - 1);
    else if (event.key === 'ArrowDown') move(index + 1);
    else return;
    event.preventDefault();
  };

  return (
    <div
      ref={rootRef}
      className={`lane-header ${dropping ? 'is-drop-target' : ''}`}
      data-lane-header={lane.id}
      role="rowheader"
      {...nav.props}
      style={lane.color ? { borderInlineStartColor: lane.color } : undefined}
      {...dragProps}
      onKeyDown={handleKeyDown}
    >
      <CellEnteredContext.Provider value={nav.entered}>
        <div className="lane-title">
          {lane.icon && <Icon name={lane.icon} />}
          {readOnly ? (
            <span className="lane-name" dir="auto">
              {name}
            </span>
          ) : (
            <InlineText
              className="lane-name"
              value={name}
              label={t('lane.name')}
              required
              cellPrimary
              onCommit={(next) => edit((j) => updateLane(j, lane.id, { name: next }))}
            />
          )}
        </div>
        {laneKindLabel(lane.kind, locale) !== name && (
          <span className="lane-kind" dir={uiDir}>
            {laneKindLabel(lane.kind, locale)}
          </span>
        )}
        {!readOnly && (
          <div className="lane-tools">
            <button
              type="button"
              className="icon-btn"
              aria-label={t('lane.moveUp', { name })}
              title={t('lane.moveUp', { name })}
              disabled={index === 0}
              tabIndex={tabIndex}
              onClick={() => move(index - 1)}
            >
              <span aria-hidden="true">↑</span>
            </button>
            <button
              type="button"
              className="icon-btn"
              aria-label={t('lane.moveDown', { name })}
              title={t('lane.moveDown', { name })}
              disabled={index === count - 1}
              tabIndex={tabIndex}
              onClick={() => move(index + 1)}
            >
              <span aria-hidden="true">↓</span>
            </button>
            <Popover label={t('lane.options', { name })} trigger={<span aria-hidden="true">⋯</span>}>
              {() => (
                <div className="lane-options">
                  <label className="field">
                    <span>{t('lane.kind')}</span>
                    <select
                      className="select"
                      value={lane.kind}
                      onChange={(event) => {
                        const kind = laneKindSchema.safeParse(event.target.value);
                        if (kind.success) edit((j) => updateLane(j, lane.id, { kind: kind.data }));
                      }}
                    >
                      {laneKindSchema.options.map((kind) => (
                        <option key={kind} value={kind}>
                          {laneKindLabel(kind, locale)}
                        </option>
                      ))}
                    </select>
                  </label>
                  <fieldset className="check-list">
                    <legend>{t('lane.linesBelow')}</legend>
                    {DIVIDER_KINDS.map((kind) => {
                      const on = dividers.some((d) => d.kind === kind);
                      return (
                        <label key={kind} className="check-row">
                          <input
                            type="checkbox"
                            checked={on}
                            onChange={() => edit((j) => setDivider(j, kind, on ? null : lane.id))}
                          />
                          {dividerKindLabel(kind, locale)}
                        </label>
                      );
                    })}
                  </fieldset>
                  <div className="option-row">
                    <span>{t('lane.icon')}</span>
                    <IconPicker
                      value={lane.icon}
                      label={t('lane.icon')}
                      onChange={(icon) => edit((j) => updateLane(j, lane.id, { icon: icon ?? null }))}
                    />
                    <span>{t('lane.color')}</span>
                    <ColorPicker
                      value={lane.color}
                      label={t('lane.color')}
                      onChange={(color) => edit((j) => updateLane(j, lane.id, { color: color ?? null }))}
                    />
                  </div>
                </div>
              )}
            </Popover>
            <RemoveButton
              label={t('lane.remove', { name })}
              holder={{ kind: 'lane', name, cards: cardCount }}
              onRemove={() => edit((j) => removeLane(j, lane.id))}
            />
          </div>
        )}
      </CellEnteredContext.Provider>
    </div>
  );
});
