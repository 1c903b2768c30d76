import { useMemo, useRef } from 'react';
import type { Divider, Journey, StageFigures } from '@waymark/domain';
import { useT } from '../i18n';
import { indexCells, type CellIndex } from './cell-index';
import { LaneRow } from './LaneRow';
import { StageHeader } from './StageHeader';
import './grid.css';

const NO_DIVIDERS: readonly Divider[] = [];

/**
 * The map as a CSS grid: a header row of stage columns, then one subgrid row per lane. In
 * right-to-left the grid flows from the right, so the first stage sits at the right edge.
 * Trap: `cells` reuses unchanged arrays between renders so memoised cells skip re-rendering.
 */
export function MapGrid({
  journey,
  label,
  figures,
}: {
  journey: Journey;
  label: string;
  /** Measured figures by stage id, drawn on the stage headers. */
  figures?: ReadonlyMap<string, StageFigures>;
}) {
  const t = useT();
  const previous = useRef<CellIndex | undefined>(undefined);
  const cells = useMemo(() => {
    const next = indexCells(journey, previous.current);
    previous.current = next;
    return next;
  }, [journey]);
  const { stages, lanes, dividers } = journey;

  if (stages.length === 0) {
    return (
      <div className="empty-state map-empty">
        <p>{t('editor.emptyMap')}</p>
      </div>
    );
  }

  return (
    <div
      className="map-grid"
      data-testid="map-grid"
      role="grid"
      aria-label={label}
      aria-colcount={stages.length + 1}
      aria-rowcount={lanes.length + 1}
      style={{
        gridTemplateColumns: `var(--lane-header-width) repeat(${stages.length}, minmax(var(--stage-width), 1fr))`,
      }}
    >
      <div className="stage-row" role="row">
        <div className="grid-corner" aria-hidden="true" />
        {stages.map((stage, i) => (
          <StageHeader
            key={stage.id}
            stage={stage}
            index={i}
            count={stages.length}
            figures={figures?.get(stage.id)}
          />
        ))}
      </div>
      {lanes.map((lane, i) => (
        <LaneRow
          key={lane.id}
          lane={lane}
          index={i}
          count={lanes.length}
          stages={stages}
          cells={cells}
          dividers={
            dividers.some((d) => d.afterLaneId === lane.id)
              ? dividers.filter((d) => d.afterLaneId === lane.id)
              : NO_DIVIDERS
          }
        />
      ))}
    </div>
  );
}
