import type { Journey } from '../schema';
import type { ValidationIssue } from './issues';
import { describeValue, makeIssue } from './issues';

function listIds(ids: readonly string[]): string {
  if (ids.length === 0) return 'none exist';
  const shown = ids.slice(0, 10).join(', ');
  return ids.length > 10 ? `one of ${shown}, ...` : `one of ${shown}`;
}

/**
 * The cross-entity rules the zod schema cannot express, checked on an already schema-valid journey:
 * unique ids across stages, lanes and items; items in existing cells; emotion points only in
 * `emotions` lanes, for a persona of the journey, one per stage + persona + lane; opportunities link
 * pain points; dividers name existing lanes; persona ids unique. Returns [] when all hold.
 */
export function checkJourneyInvariants(journey: Journey, root = '$'): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const firstUse = new Map<string, string>();
  const claim = (id: string, path: string): void => {
    const earlier = firstUse.get(id);
    if (earlier !== undefined) {
      issues.push(makeIssue(path, 'a unique id', describeValue(id), `already used at ${earlier}`));
    } else {
      firstUse.set(id, path);
    }
  };
  journey.stages.forEach((s, i) => claim(s.id, `${root}.stages[${i}].id`));
  journey.lanes.forEach((l, i) => claim(l.id, `${root}.lanes[${i}].id`));
  journey.items.forEach((it, i) => claim(it.id, `${root}.items[${i}].id`));

  const personaSeen = new Map<string, number>();
  journey.personaIds.forEach((pid, i) => {
    const earlier = personaSeen.get(pid);
    if (earlier !== undefined) {
      issues.push(
        makeIssue(
          `${root}.personaIds[${i}]`,
          'a persona id listed once',
          describeValue(pid),
          `also at [${earlier}]`,
        ),
      );
    } else personaSeen.set(pid, i);
  });

  const stageIds = journey.stages.map((s) => s.id);
  const laneById = new Map(journey.lanes.map((l) => [l.id, l]));
  const stageSet = new Set(stageIds);
  const itemTypeById = new Map(journey.items.map((it) => [it.id, it.type]));
  const emotionCells = new Map<string, number>();

  journey.items.forEach((item, i) => {
    const at = `${root}.items[${i}]`;
    if (!stageSet.has(item.stageId)) {
      issues.push(
        makeIssue(`${at}.stageId`, `the id of a stage (${listIds(stageIds)})`, describeValue(item.stageId)),
      );
    }
    const lane = laneById.get(item.laneId);
    if (!lane) {
      const laneIds = journey.lanes.map((l) => l.id);
      issues.push(
        makeIssue(`${at}.laneId`, `the id of a lane (${listIds(laneIds)})`, describeValue(item.laneId)),
      );
    }
    if (item.type === 'emotion_point') {
      if (lane && lane.kind !== 'emotions') {
        issues.push(
          makeIssue(
            `${at}.laneId`,
            'an emotions lane for an emotion point',
            `lane "${lane.id}" of kind ${lane.kind}`,
          ),
        );
      }
      if (!personaSeen.has(item.personaId)) {
        issues.push(
          makeIssue(
            `${at}.personaId`,
            `a persona of this journey (${listIds(journey.personaIds)})`,
            describeValue(item.personaId),
          ),
        );
      }
      const cell = `${item.stageId}\u0000${item.personaId}\u0000${item.laneId}`;
      const earlier = emotionCells.get(cell);
      if (earlier !== undefined) {
        issues.push(
          makeIssue(
            at,
            'at most one emotion point per stage, persona and lane',
            `a second one for stage "${item.stageId}" and persona "${item.personaId}"`,
            `the first is ${root}.items[${earlier}]`,
          ),
        );
      } else emotionCells.set(cell, i);
    }
    if (item.type === 'opportunity') {
      item.painPointIds.forEach((pid, k) => {
        const type = itemTypeById.get(pid);
        if (type !== 'pain_point') {
          const got = type === undefined ? `"${pid}", which does not exist` : `"${pid}", a ${type}`;
          issues.push(makeIssue(`${at}.painPointIds[${k}]`, 'the id of a pain point item', got));
        }
      });
    }
  });

  journey.dividers.forEach((d, i) => {
    if (!laneById.has(d.afterLaneId)) {
      const laneIds = journey.lanes.map((l) => l.id);
      issues.push(
        makeIssue(
          `${root}.dividers[${i}].afterLaneId`,
          `the id of a lane (${listIds(laneIds)})`,
          describeValue(d.afterLaneId),
        ),
      );
    }
  });
  return issues;
}
