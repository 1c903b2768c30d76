import { memo, useState } from 'react';
import { addItem, itemTypeLabel, moveItem, type Item, type Lane } from '@waymark/domain';
import { useLocale, useT } from '../i18n';
import { droppedId, isDragOf } from './dnd';
import { useEditor } from './EditorContext';
import { CellEnteredContext, useNavCell } from './grid-focus';
import { ItemCard } from './ItemCard';
import { ADDABLE_TYPES, defaultItemType, newItem, requestEdit, type AddableItemType } from './new-item';
import { Popover } from './Popover';
import './cell.css';

/** Props of `GridCell`. Arrays and objects keep their identity across unrelated edits (memo). */
export interface GridCellProps {
  stageId: string;
  stageName: string;
  stageIndex: number;
  lane: Lane;
  laneIndex: number;
  items: readonly Item[];
}

/**
 * One stage x lane cell: its items, an add button (the lane's usual item kind, or choose another)
 * and a drop target for cards dragged from other cells.
 */
export const GridCell = memo(function GridCell(props: GridCellProps) {
  const { stageId, stageName, stageIndex, lane, laneIndex, items } = props;
  const t = useT();
  const { dir: uiDir } = useLocale();
  const { edit, readOnly, locale } = useEditor();
  const [dropping, setDropping] = useState(false);
  const nav = useNavCell(laneIndex + 1, stageIndex + 1);
  const tabIndex = nav.innerTabIndex;
  const addType = defaultItemType(lane.kind);
  const addLabel = t('cell.add', { type: itemTypeLabel(addType, locale), stage: stageName, lane: lane.name });

  const add = (type: AddableItemType) => {
    const item = newItem(type, stageId, lane.id, '');
    requestEdit(item.id);
    edit((j) => addItem(j, item));
  };

  return (
    <div
      className={`cell ${dropping ? 'is-drop-target' : ''} ${items.length === 0 ? 'is-empty' : ''}`}
      data-testid="cell"
      data-stage-id={stageId}
      data-lane-id={lane.id}
      role="gridcell"
      {...nav.props}
      onDragOver={(event) => {
        if (readOnly || !isDragOf(event, 'item')) return;
        event.preventDefault();
        event.dataTransfer.dropEffect = 'move';
        setDropping(true);
      }}
      onDragLeave={(event) => {
        if (event.currentTarget.contains(event.relatedTarget instanceof Node ? event.relatedTarget : null))
          return;
        setDropping(false);
      }}
      onDrop={(event) => {
        setDropping(false);
        const id = droppedId(event, 'item');
        if (!id) return;
        event.preventDefault();
        edit((j) => moveItem(j, id, { stageId, laneId: lane.id }));
      }}
    >
      <CellEnteredContext.Provider value={nav.entered}>
        {items.map((item, index) => (
          <ItemCard
            key={item.id}
            item={item}
            index={index}
            cellSize={items.length}
            stageIndex={stageIndex}
            laneIndex={laneIndex}
          />
        ))}
        {!readOnly && (
          <div className="cell-add" dir={uiDir}>
            <button
              type="button"
              className="add-btn"
              aria-label={addLabel}
              title={addLabel}
              tabIndex={tabIndex}
              onClick={() => add(addType)}
            >
              <span aria-hidden="true">+</span>
              <span className="add-label">{itemTypeLabel(addType, locale)}</span>
            </button>
            <Popover
              label={t('cell.addOther', { stage: stageName, lane: lane.name })}
              triggerClassName="icon-btn add-more"
              trigger={<span aria-hidden="true">▾</span>}
            >
              {(close) => (
                <div className="menu" role="menu">
                  {ADDABLE_TYPES.map((type) => (
                    <button
                      key={type}
                      type="button"
                      role="menuitem"
                      className="menu-item"
                      onClick={() => {
                        close();
                        add(type);
                      }}
                    >
                      <span className={`kind-dot kind-${type}`} aria-hidden="true" />
                      {itemTypeLabel(type, locale)}
                    </button>
                  ))}
                </div>
              )}
            </Popover>
          </div>
        )}
      </CellEnteredContext.Provider>
    </div>
  );
});
