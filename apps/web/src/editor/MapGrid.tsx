import { useMemo, useRef, useState } from 'react';
import type { Divider, Journey, StageFigures } from '@waymark/domain';
import { useT } from '../i18n';
import { cardCounts, indexCells, type CellIndex } from './cell-index';
import { createGridFocus, GridFocusContext, MapDirectionContext } from './grid-focus';
import { LaneRow } from './LaneRow';
import { StageHeader } from './StageHeader';
import { useGridKeyboard } from './use-grid-keyboard';
import './grid.css';

const NO_DIVIDERS: readonly Divider[] = [];

/** Props of `MapGrid`. */
export interface MapGridProps {
  journey: Journey;
  label: string;
  /** Measured figures by stage id, drawn on the stage headers. */
  figures?: ReadonlyMap<string, StageFigures> | undefined;
  /** CSS zoom of the grid (1 = actual size). */
  zoom?: number;
}

/**
 * The map as a CSS grid: a header row of stage columns, then one subgrid row per lane. The grid
 * flows in the map's own direction (the scroller around it carries `dir`), so a Persian map puts its
 * first stage at the right edge in any UI language. It is an ARIA grid with one tab stop (see
 * `GridFocus`). Trap: `cells` reuses unchanged arrays between renders so memoised cells skip
 * re-rendering.
 */
export function MapGrid({ journey, label, figures, zoom = 1 }: MapGridProps) {
  const t = useT();
  const previous = useRef<CellIndex | undefined>(undefined);
  const cells = useMemo(() => {
    const next = indexCells(journey, previous.current);
    previous.current = next;
    return next;
  }, [journey]);
  const { stages, lanes, dividers } = journey;
  const counts = useMemo(() => cardCounts(journey), [journey]);
  const [focus] = useState(createGridFocus);
  const size = { rows: lanes.length + 1, cols: stages.length + 1 };
  const keyboard = useGridKeyboard(focus, size, journey.direction === 'rtl');

  if (stages.length === 0) {
    return (
      <div className="empty-state map-empty">
        <p>{t('editor.emptyMap')}</p>
      </div>
    );
  }

  return (
    <GridFocusContext.Provider value={focus}>
      <MapDirectionContext.Provider value={journey.direction}>
        <div
          ref={keyboard.gridRef}
          className="map-grid"
          data-testid="map-grid"
          data-journey-id={journey.id}
          role="grid"
          aria-label={label}
          aria-colcount={size.cols}
          aria-rowcount={size.rows}
          style={{
            gridTemplateColumns: `var(--lane-header-width) repeat(${stages.length}, minmax(var(--stage-width), 1fr))`,
            zoom,
          }}
          onKeyDown={keyboard.handleKeyDown}
          onFocus={keyboard.handleFocus}
          onBlur={keyboard.handleBlur}
        >
          <div className="stage-row" role="row">
            <div className="grid-corner" aria-hidden="true" />
            {stages.map((stage, i) => (
              <StageHeader
                key={stage.id}
                stage={stage}
                index={i}
                count={stages.length}
                cardCount={counts.byStage.get(stage.id) ?? 0}
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
              cardCount={counts.byLane.get(lane.id) ?? 0}
              dividers={
                dividers.some((d) => d.afterLaneId === lane.id)
                  ? dividers.filter((d) => d.afterLaneId === lane.id)
                  : NO_DIVIDERS
              }
            />
          ))}
        </div>
      </MapDirectionContext.Provider>
    </GridFocusContext.Provider>
  );
}
