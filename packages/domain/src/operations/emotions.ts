import type { EmotionPoint, Journey } from '../schema';
import { EMOTION_MAX, EMOTION_MIN } from '../schema';
import { ID_PREFIX, newId } from '../id';
import { DomainError } from '../validation/errors';
import { commit, indexOfId } from './commit';

/** Which emotion point: a stage, a persona and (optionally) an emotions lane. */
export interface EmotionTarget {
  stageId: string;
  personaId: string;
  /** Defaults to the journey's first emotions lane. */
  laneId?: string;
}

function emotionsLane(journey: Journey, laneId: string | undefined, action: string): string {
  if (laneId !== undefined) {
    const lane = journey.lanes[indexOfId(journey.lanes, laneId, 'lane')];
    if (lane && lane.kind !== 'emotions') {
      throw new DomainError(
        `${action}: lane ${JSON.stringify(laneId)} is a ${lane.kind} lane, not an emotions lane`,
        'invalid',
      );
    }
    return laneId;
  }
  const first = journey.lanes.find((l) => l.kind === 'emotions');
  if (!first) throw new DomainError(`${action}: the map has no emotions lane; add one first`, 'not_found');
  return first.id;
}

function findPoint(
  journey: Journey,
  stageId: string,
  personaId: string,
  laneId: string,
): EmotionPoint | undefined {
  for (const it of journey.items) {
    if (
      it.type === 'emotion_point' &&
      it.stageId === stageId &&
      it.personaId === personaId &&
      it.laneId === laneId
    ) {
      return it;
    }
  }
  return undefined;
}

/**
 * A new journey where persona `personaId` feels `score` (-5..5) at stage `stageId`: updates the
 * stage's one emotion point for that persona and lane, or creates it (last in the cell). A score
 * out of range is refused, not clamped. The persona must be one of the journey's personas.
 */
export function setEmotion(journey: Journey, target: EmotionTarget & { score: number }): Journey {
  const { stageId, personaId, score } = target;
  if (!Number.isFinite(score) || score < EMOTION_MIN || score > EMOTION_MAX) {
    throw new DomainError(
      `setEmotion: expected a score from ${EMOTION_MIN} to ${EMOTION_MAX} (got ${score})`,
      'invalid',
    );
  }
  indexOfId(journey.stages, stageId, 'stage');
  if (!journey.personaIds.includes(personaId)) {
    throw new DomainError(
      `setEmotion: persona ${JSON.stringify(personaId)} is not one of this map's personas`,
      'not_found',
    );
  }
  const laneId = emotionsLane(journey, target.laneId, 'setEmotion');
  const existing = findPoint(journey, stageId, personaId, laneId);
  const items: unknown[] = existing
    ? journey.items.map((it) => (it.id === existing.id ? { ...existing, score } : it))
    : [
        ...journey.items,
        { type: 'emotion_point', id: newId(ID_PREFIX.item), stageId, laneId, personaId, score, text: '' },
      ];
  return commit({ ...journey, items }, 'setEmotion');
}

/** A new journey without the emotion point of that stage, persona and lane; missing → `DomainError`. */
export function removeEmotion(journey: Journey, target: EmotionTarget): Journey {
  const laneId = emotionsLane(journey, target.laneId, 'removeEmotion');
  const existing = findPoint(journey, target.stageId, target.personaId, laneId);
  if (!existing) {
    throw new DomainError(
      `removeEmotion: no emotion point for stage ${JSON.stringify(target.stageId)} and persona ${JSON.stringify(target.personaId)}`,
      'not_found',
    );
  }
  return commit({ ...journey, items: journey.items.filter((it) => it.id !== existing.id) }, 'removeEmotion');
}

/** The emotion curve of one persona: each stage in order with its score, or null where unset. */
export function emotionCurve(
  journey: Journey,
  personaId: string,
  laneId?: string,
): { stageId: string; score: number | null }[] {
  const lane = laneId ?? journey.lanes.find((l) => l.kind === 'emotions')?.id;
  return journey.stages.map((s) => ({
    stageId: s.id,
    score: lane === undefined ? null : (findPoint(journey, s.id, personaId, lane)?.score ?? null),
  }));
}
