import { createContext, useContext } from 'react';
import type { Journey } from '@waymark/domain';

/** A pain point an opportunity can address: its id, text and the stage it sits in. */
export interface PainPointOption {
  id: string;
  text: string;
  stage: string;
}

/** The pain points of the map being edited, for an opportunity's "addresses" field. */
export const PainPointsContext = createContext<readonly PainPointOption[]>([]);

/** The pain points of the map being edited, in stage order. */
export function usePainPoints(): readonly PainPointOption[] {
  return useContext(PainPointsContext);
}

/** The pain points of a journey in stage order (for `PainPointsContext`). */
export function painPointOptions(journey: Journey): PainPointOption[] {
  return journey.stages.flatMap((stage) =>
    journey.items.flatMap((item) =>
      item.type === 'pain_point' && item.stageId === stage.id
        ? [{ id: item.id, text: item.text, stage: stage.name }]
        : [],
    ),
  );
}
