import { useMemo } from 'react';
import type { Journey, JourneyFigures, StageFigures } from '@waymark/domain';
import { api } from '../lib/api';
import { useAsync, type AsyncState } from '../lib/use-async';

/** Each stage's id and its event matchers as JSON, in map order: what decides the figures. */
type StageMatchers = readonly (readonly [string, string])[];

function stageMatchers(journey: Journey): StageMatchers {
  return journey.stages.map((stage) => [stage.id, JSON.stringify(stage.matchers)] as const);
}

/** The figures of each stage by stage id; empty until the first answer (or on failure). */
export type StageFiguresById = ReadonlyMap<string, StageFigures>;

/** The figures as loaded, and the same by stage id. */
export interface MapFigures {
  state: AsyncState<JourneyFigures>;
  byStage: StageFiguresById;
}

const NONE: StageFiguresById = new Map();

/**
 * Loads `GET /api/journeys/:id/figures` once per map load, again once a save has stored changed
 * stage matchers (or order), and again when `tick` changes (after an events import). `byStage`
 * leaves out a stage whose matchers changed since the figures were measured, so a stage just bound
 * to events shows nothing rather than a stale 0 until the save and the reload land.
 * Trap: the server measures the *stored* journey, so pass the last saved one as `saved`.
 */
export function useStageFigures(journey: Journey, saved: Journey, tick: number): MapFigures {
  const present = useMemo(() => stageMatchers(journey), [journey]);
  const stored = useMemo(() => stageMatchers(saved), [saved]);
  const storedSignature = JSON.stringify(stored);
  const loaded = useAsync(
    async () => ({ figures: await api.journeys.figures(journey.id), measuredWith: stored }),
    `${journey.id}|${storedSignature}|${tick}`,
  );
  const state: AsyncState<JourneyFigures> =
    loaded.status === 'done' ? { status: 'done', value: loaded.value.figures } : loaded;
  const result = loaded.status === 'done' ? loaded.value : undefined;
  const byStage = useMemo(() => {
    if (!result) return NONE;
    const then = new Map(result.measuredWith);
    const now = new Map(present);
    return new Map(
      result.figures.stages.flatMap((stage) =>
        then.get(stage.stageId) === now.get(stage.stageId) ? [[stage.stageId, stage] as const] : [],
      ),
    );
  }, [result, present]);
  return { state, byStage };
}
