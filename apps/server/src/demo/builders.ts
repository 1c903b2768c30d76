import type { EventMatcher, Item } from '@waymark/domain';

/**
 * Small builders for the demo maps: each item gets a readable id made from its stage and lane, so
 * the seeded maps are deterministic (the same ids on every first start).
 */
export class ItemList {
  readonly items: Item[] = [];
  private counter = 0;

  private id(prefix: string, stageId: string): string {
    this.counter += 1;
    return `${prefix}-${stageId.replace(/^stg-/, '')}-${this.counter}`;
  }

  card(stageId: string, laneId: string, text: string, tags: string[] = []): this {
    this.items.push({ type: 'card', id: this.id('crd', stageId), stageId, laneId, text, tags, evidence: [] });
    return this;
  }

  touchpoint(
    stageId: string,
    laneId: string,
    text: string,
    detail: { channel: string; department: string; matchers?: EventMatcher[] },
  ): this {
    this.items.push({
      type: 'touchpoint',
      id: this.id('tp', stageId),
      stageId,
      laneId,
      text,
      tags: [],
      evidence: [],
      channel: detail.channel,
      department: detail.department,
      matchers: detail.matchers ?? [],
    });
    return this;
  }

  emotion(stageId: string, laneId: string, personaId: string, score: number, text: string): this {
    this.items.push({
      type: 'emotion_point',
      id: `emo-${stageId.replace(/^stg-/, '')}-${personaId.replace(/^per-/, '')}`,
      stageId,
      laneId,
      personaId,
      score,
      text,
      tags: [],
      evidence: [],
    });
    return this;
  }

  /** A pain point with a fixed id so opportunities can link to it. */
  pain(id: string, stageId: string, laneId: string, text: string, severity: number, frequency: number): this {
    this.items.push({
      type: 'pain_point',
      id,
      stageId,
      laneId,
      text,
      severity,
      frequency,
      tags: [],
      evidence: [],
    });
    return this;
  }

  opportunity(
    stageId: string,
    laneId: string,
    text: string,
    detail: {
      impact: number;
      feasibility: number;
      status: 'idea' | 'planned' | 'in_progress' | 'done' | 'dropped';
      owner: string;
      painPointIds: string[];
      dueDate?: string;
    },
  ): this {
    this.items.push({
      type: 'opportunity',
      id: this.id('opp', stageId),
      stageId,
      laneId,
      text,
      tags: [],
      evidence: [],
      impact: detail.impact,
      feasibility: detail.feasibility,
      status: detail.status,
      owner: detail.owner,
      painPointIds: detail.painPointIds,
      ...(detail.dueDate ? { dueDate: detail.dueDate } : {}),
    });
    return this;
  }
}

/** A matcher for any of the given event names. */
export function events(...names: [string, ...string[]]): EventMatcher {
  return names.length === 1 ? { type: 'event_equals', event: names[0] } : { type: 'event_in', events: names };
}
