import { memo } from 'react';
import { dividerKindLabel, type Divider, type Lane, type Stage } from '@waymark/domain';
import { useLocale } from '../i18n';
import { useEditor } from './EditorContext';
import { itemsAt, type CellIndex } from './cell-index';
import { EmotionRow } from './EmotionRow';
import { GridCell } from './GridCell';
import { LaneHeader } from './LaneHeader';

/** Props of `LaneRow`. */
export interface LaneRowProps {
  lane: Lane;
  index: number;
  count: number;
  stages: readonly Stage[];
  cells: CellIndex;
  /** Cards in this lane (for the remove question). */
  cardCount: number;
  /** Blueprint lines drawn under this lane. */
  dividers: readonly Divider[];
}

/**
 * One lane: its header and a cell per stage (or the emotion curve for an emotions lane), then
 * any service-blueprint line drawn under it. The row is a CSS subgrid of the map grid.
 */
export const LaneRow = memo(function LaneRow(props: LaneRowProps) {
  const { lane, index, count, stages, cells, cardCount, dividers } = props;
  const { locale } = useEditor();
  const { dir: uiDir } = useLocale();
  return (
    <>
      <div className={`lane-row kind-${lane.kind}`} data-testid="lane-row" data-lane-id={lane.id} role="row">
        <LaneHeader lane={lane} index={index} count={count} dividers={dividers} cardCount={cardCount} />
        {lane.kind === 'emotions' ? (
          <EmotionRow
            lane={lane}
            stages={stages}
            row={index + 1}
            points={stages.flatMap((s) => itemsAt(cells, s.id, lane.id))}
          />
        ) : (
          stages.map((stage, si) => (
            <GridCell
              key={stage.id}
              stageId={stage.id}
              stageName={stage.name}
              stageIndex={si}
              lane={lane}
              laneIndex={index}
              items={itemsAt(cells, stage.id, lane.id)}
            />
          ))
        )}
      </div>
      {dividers.map((divider) => (
        <div
          key={divider.kind}
          className={`blueprint-line ${divider.kind}`}
          role="separator"
          data-divider={divider.kind}
        >
          <span dir={uiDir}>{dividerKindLabel(divider.kind, locale)}</span>
        </div>
      ))}
    </>
  );
});
