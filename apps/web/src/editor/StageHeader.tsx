import { memo, useLayoutEffect, useState, type KeyboardEvent } from 'react';
import { moveStage, removeStage, updateStage, type Stage, type StageFigures } from '@waymark/domain';
import { StageFiguresBar } from '../figures/StageFiguresBar';
import { useLocale, useT } from '../i18n';
import { useHeaderReorder } from './use-header-reorder';
import { useEditor } from './EditorContext';
import { CellEnteredContext, useMapDirection, useNavCell } from './grid-focus';
import { InlineText } from './InlineText';
import { consumeEdit } from './new-item';
import { ColorPicker, IconPicker } from './pickers';
import { RemoveButton } from './RemoveButton';
import { StageSettings } from './StageSettings';
import { Icon } from '../shell/Icon';
import './stage-header.css';

/** Props of `StageHeader`. */
export interface StageHeaderProps {
  stage: Stage;
  index: number;
  count: number;
  /** Cards in this stage's column: removing a stage that holds cards asks first. */
  cardCount: number;
  /** The stage's measured figures, shown when the stage has event matchers. */
  figures?: StageFigures | undefined;
}

/**
 * The header of one stage column: icon, name (inline edit), its goal (when set), the measured figures (reach,
 * conversion, drop-off), settings (description, goal, event matchers), colour, move and remove.
 * Drag it onto another header to reorder; Alt+Left/Right moves it by keyboard (in the map's direction).
 */
export const StageHeader = memo(function StageHeader(props: StageHeaderProps) {
  const { stage, index, count, cardCount, figures } = props;
  const t = useT();
  const { dir: uiDir } = useLocale();
  const dir = useMapDirection();
  const { edit, readOnly } = useEditor();
  const name = stage.name;
  const { rootRef, dropping, move, dragProps } = useHeaderReorder('stage', stage.id, index, count, moveStage);
  const nav = useNavCell(0, index + 1);
  const tabIndex = nav.innerTabIndex;
  // A stage just added from the toolbar opens with its name in edit mode, scrolled into view.
  const [autoEdit] = useState(() => consumeEdit(stage.id));
  useLayoutEffect(() => {
    if (autoEdit) rootRef.current?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  }, [autoEdit, rootRef]);

  const handleKeyDown = (event: KeyboardEvent) => {
    if (readOnly || !event.altKey) return;
    const earlierKey = dir === 'rtl' ? 'ArrowRight' : 'ArrowLeft';
    const laterKey = dir === 'rtl' ? 'ArrowLeft' : 'ArrowRight';
    if (event.key === earlierKey) move(index - 1);
    else if (event.key === laterKey) move(index + 1);
    else return;
    event.preventDefault();
  };

  return (
    <div
      ref={rootRef}
      className={`stage-header ${dropping ? 'is-drop-target' : ''}`}
      data-testid="stage-header"
      data-stage-id={stage.id}
      role="columnheader"
      {...nav.props}
      style={stage.color ? { borderBlockStartColor: stage.color } : undefined}
      {...dragProps}
      onKeyDown={handleKeyDown}
    >
      <CellEnteredContext.Provider value={nav.entered}>
        <div className="stage-title">
          {readOnly ? (
            stage.icon && <Icon name={stage.icon} />
          ) : (
            <IconPicker
              value={stage.icon}
              label={t('stage.icon')}
              onChange={(icon) => edit((j) => updateStage(j, stage.id, { icon: icon ?? null }))}
            />
          )}
          {readOnly ? (
            <span className="stage-name" dir="auto">
              {name}
            </span>
          ) : (
            <InlineText
              className="stage-name"
              value={name}
              label={t('stage.name')}
              required
              cellPrimary
              autoEdit={autoEdit}
              onCommit={(next) => edit((j) => updateStage(j, stage.id, { name: next }))}
            />
          )}
        </div>
        {stage.goal && stage.goal.trim() !== '' && (
          <p className="stage-goal" data-testid="stage-goal" title={stage.goal}>
            <span className="stage-goal-label" dir={uiDir}>
              {t('stage.goalOnGrid')}
            </span>{' '}
            <span dir="auto">{stage.goal}</span>
          </p>
        )}
        {stage.matchers.length > 0 ? (
          <StageFiguresBar figures={figures} />
        ) : (
          !readOnly && (
            <p className="stage-unmeasured" data-testid="stage-unmeasured" dir={uiDir}>
              {t('stage.unmeasured')}
            </p>
          )
        )}
        {!readOnly && (
          <div className="stage-tools">
            <StageSettings stage={stage} />
            <button
              type="button"
              className="icon-btn"
              aria-label={t('stage.moveLeft', { name })}
              title={t('stage.moveLeft', { name })}
              disabled={index === 0}
              tabIndex={tabIndex}
              onClick={() => move(index - 1)}
            >
              <span className="flip-rtl" aria-hidden="true">
                ←
              </span>
            </button>
            <button
              type="button"
              className="icon-btn"
              aria-label={t('stage.moveRight', { name })}
              title={t('stage.moveRight', { name })}
              disabled={index === count - 1}
              tabIndex={tabIndex}
              onClick={() => move(index + 1)}
            >
              <span className="flip-rtl" aria-hidden="true">
                →
              </span>
            </button>
            <ColorPicker
              value={stage.color}
              label={t('stage.color')}
              onChange={(color) => edit((j) => updateStage(j, stage.id, { color: color ?? null }))}
            />
            <RemoveButton
              label={t('stage.remove', { name })}
              holder={{ kind: 'stage', name, cards: cardCount }}
              onRemove={() => edit((j) => removeStage(j, stage.id))}
            />
          </div>
        )}
      </CellEnteredContext.Provider>
    </div>
  );
});
