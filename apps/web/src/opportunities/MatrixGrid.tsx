import {
  useEffect,
  useId,
  useLayoutEffect,
  useRef,
  useState,
  type KeyboardEvent,
  type PointerEvent,
} from 'react';
import { opportunityPriority, quadrantLabel, type RankedOpportunity } from '@waymark/domain';
import { useLocale, useT } from '../i18n';
import { useFormat } from '../figures/use-format';
import { scoreAfterKey, scoreAt, SCORE_MAX, SCORE_MIN, type Score } from './matrix-geometry';

/** Props of `MatrixGrid`. */
export interface MatrixGridProps {
  ranked: readonly RankedOpportunity[];
  /** Re-scores opportunity `id`; called once per drop or key press. */
  onScore(id: string, score: Score): void;
}

interface Drag {
  id: string;
  pointerId: number;
  start: Score;
  score: Score;
}

const ROWS = [5, 4, 3, 2, 1];
const COLUMNS = [1, 2, 3, 4, 5];

/**
 * The impact (rows, high on top) by feasibility (columns, easy at the reading end) matrix with one
 * numbered point per opportunity (its rank). Drag a point to another cell, or focus it and use the
 * arrow keys; Escape cancels a drag. The grid mirrors in right-to-left with the CSS.
 */
export function MatrixGrid({ ranked, onScore }: MatrixGridProps) {
  const t = useT();
  const { dir, locale } = useLocale();
  const f = useFormat();
  const helpId = useId();
  const gridRef = useRef<HTMLDivElement>(null);
  const [drag, setDrag] = useState<Drag | undefined>();

  const scoreOf = (r: RankedOpportunity): Score =>
    drag?.id === r.opportunity.id
      ? drag.score
      : { impact: r.opportunity.impact, feasibility: r.opportunity.feasibility };

  // A moved point re-renders in another cell as a new element: focus it again before the next
  // key press is handled (React renders a key press's update synchronously, then this runs).
  const focusAfter = useRef<string | undefined>(undefined);
  const refocus = (id: string) => {
    focusAfter.current = id;
  };
  useLayoutEffect(() => {
    const id = focusAfter.current;
    if (!id) return;
    const point = gridRef.current?.querySelector<HTMLElement>(
      `[data-testid="opportunity-point"][data-item-id="${CSS.escape(id)}"]`,
    );
    if (point && document.activeElement !== point) point.focus();
    focusAfter.current = undefined;
  });

  const handlePointerDown = (event: PointerEvent<HTMLButtonElement>, r: RankedOpportunity) => {
    if (event.button !== 0) return;
    event.preventDefault();
    const start = { impact: r.opportunity.impact, feasibility: r.opportunity.feasibility };
    setDrag({ id: r.opportunity.id, pointerId: event.pointerId, start, score: start });
  };

  // The point re-renders in another cell as it moves (a new element, which loses pointer capture),
  // so the drag follows the pointer on the window until it is released.
  const dragging = drag !== undefined;
  const dragRef = useRef(drag);
  dragRef.current = drag;
  const onScoreRef = useRef(onScore);
  onScoreRef.current = onScore;
  useEffect(() => {
    if (!dragging) return undefined;
    const handleMove = (event: globalThis.PointerEvent) => {
      const current = dragRef.current;
      const box = gridRef.current?.getBoundingClientRect();
      if (!current || current.pointerId !== event.pointerId || !box) return;
      const score = scoreAt(box, event.clientX, event.clientY, dir);
      if (score.impact !== current.score.impact || score.feasibility !== current.score.feasibility) {
        setDrag({ ...current, score });
      }
    };
    const handleUp = (event: globalThis.PointerEvent) => {
      const current = dragRef.current;
      if (!current || current.pointerId !== event.pointerId) return;
      setDrag(undefined);
      const { id, start, score } = current;
      if (score.impact !== start.impact || score.feasibility !== start.feasibility) {
        onScoreRef.current(id, score);
      }
      refocus(id);
    };
    const handleCancel = () => setDrag(undefined);
    window.addEventListener('pointermove', handleMove);
    window.addEventListener('pointerup', handleUp);
    window.addEventListener('pointercancel', handleCancel);
    return () => {
      window.removeEventListener('pointermove', handleMove);
      window.removeEventListener('pointerup', handleUp);
      window.removeEventListener('pointercancel', handleCancel);
    };
  }, [dragging, dir]);

  const handleKeyDown = (event: KeyboardEvent<HTMLButtonElement>, r: RankedOpportunity) => {
    if (event.key === 'Escape' && drag) {
      setDrag(undefined);
      return;
    }
    const current = { impact: r.opportunity.impact, feasibility: r.opportunity.feasibility };
    const next = scoreAfterKey(current, event.key, dir);
    if (!next) return;
    event.preventDefault();
    if (next.impact === current.impact && next.feasibility === current.feasibility) return;
    onScore(r.opportunity.id, next);
    refocus(r.opportunity.id);
  };

  // Each point with its rank and (dragged) score, grouped by the cell it shows in, in rank order.
  const pointsByCell = new Map<string, { r: RankedOpportunity; rank: number; score: Score }[]>();
  ranked.forEach((r, index) => {
    const score = scoreOf(r);
    const key = `${score.impact}-${score.feasibility}`;
    const point = { r, rank: index + 1, score };
    const cell = pointsByCell.get(key);
    if (cell) cell.push(point);
    else pointsByCell.set(key, [point]);
  });
  const isCorner = (value: number) => value === SCORE_MIN || value === SCORE_MAX;

  return (
    <div className="matrix" data-testid="opportunity-matrix">
      <div className="matrix-y-label" aria-hidden="true">
        {t('opportunities.impact')} <span className="matrix-arrow">↑</span>
      </div>
      <div className="matrix-y-ticks" aria-hidden="true">
        {ROWS.map((v) => (
          <span key={v}>{f.count(v)}</span>
        ))}
      </div>
      <div
        ref={gridRef}
        className="matrix-grid"
        role="group"
        aria-label={t('opportunities.matrix.label')}
        aria-describedby={helpId}
      >
        {ROWS.map((impact) =>
          COLUMNS.map((feasibility) => {
            const { quadrant } = opportunityPriority({ impact, feasibility });
            const key = `${impact}-${feasibility}`;
            const target = drag && drag.score.impact === impact && drag.score.feasibility === feasibility;
            return (
              <div
                key={key}
                className={`matrix-cell q-${quadrant}${target ? ' is-target' : ''}`}
                data-impact={impact}
                data-feasibility={feasibility}
              >
                {isCorner(impact) && isCorner(feasibility) && (
                  <span className="matrix-q-name">{quadrantLabel(quadrant, locale)}</span>
                )}
                {(pointsByCell.get(key) ?? []).map(({ r, rank, score: s }) => {
                  const label = t('opportunities.point.label', {
                    rank,
                    text: r.opportunity.text || t('opportunities.untitled'),
                    impact: s.impact,
                    feasibility: s.feasibility,
                  });
                  return (
                    <button
                      key={r.opportunity.id}
                      type="button"
                      className={`matrix-point${drag?.id === r.opportunity.id ? ' is-dragging' : ''}`}
                      data-testid="opportunity-point"
                      data-item-id={r.opportunity.id}
                      data-impact={s.impact}
                      data-feasibility={s.feasibility}
                      aria-label={label}
                      title={label}
                      style={r.opportunity.color ? { background: r.opportunity.color } : undefined}
                      onPointerDown={(e) => handlePointerDown(e, r)}
                      onKeyDown={(e) => handleKeyDown(e, r)}
                    >
                      {f.count(rank)}
                    </button>
                  );
                })}
              </div>
            );
          }),
        )}
      </div>
      <div className="matrix-x-ticks" aria-hidden="true">
        {COLUMNS.map((v) => (
          <span key={v}>{f.count(v)}</span>
        ))}
      </div>
      <div className="matrix-x-label" aria-hidden="true">
        {t('opportunities.feasibility')} <span className="matrix-arrow flip-rtl">→</span>
      </div>
      <p id={helpId} className="muted matrix-help">
        {t('opportunities.matrix.help')}
      </p>
    </div>
  );
}
