import { addLane, ID_PREFIX, laneKindLabel, laneKindSchema, newId, type LaneKind } from '@waymark/domain';
import { useT } from '../i18n';
import { useEditor } from './EditorContext';
import { Popover } from './Popover';

/** Toolbar button that adds a lane of a chosen kind at the bottom of the map. */
export function AddLaneButton() {
  const t = useT();
  const { edit, locale } = useEditor();
  const add = (kind: LaneKind) =>
    edit((j) => addLane(j, { id: newId(ID_PREFIX.lane), kind, name: laneKindLabel(kind, locale) }));
  return (
    <Popover
      label={t('editor.addLane')}
      labelFromContent
      triggerClassName="btn"
      testId="add-lane"
      trigger={
        <>
          <span aria-hidden="true">＋</span> {t('editor.addLane')}
        </>
      }
    >
      {(close) => (
        <div className="menu menu-columns" role="menu">
          {laneKindSchema.options.map((kind) => (
            <button
              key={kind}
              type="button"
              role="menuitem"
              className="menu-item"
              onClick={() => {
                close();
                add(kind);
              }}
            >
              {laneKindLabel(kind, locale)}
            </button>
          ))}
        </div>
      )}
    </Popover>
  );
}
