import { describe, expect, it } from 'vitest';
import type { JourneySummary } from '@waymark/domain';
import { personaMapIndex } from './persona-map-index';

function summary(id: string, personaIds: string[]): JourneySummary {
  return {
    id,
    workspaceId: 'ws',
    title: `Map ${id}`,
    mapType: 'current_state',
    journeyKind: 'purchase',
    locale: 'en',
    personaIds,
    revision: 1,
    updatedAt: '2024-01-01T00:00:00.000Z',
  };
}

describe('personaMapIndex', () => {
  it('lists, for each persona, the maps naming it in summary order', () => {
    const index = personaMapIndex([summary('a', ['p1', 'p2']), summary('b', []), summary('c', ['p2'])]);
    expect([...index.keys()].sort()).toEqual(['p1', 'p2']);
    expect(index.get('p1')).toEqual([{ id: 'a', title: 'Map a' }]);
    expect(index.get('p2')).toEqual([
      { id: 'a', title: 'Map a' },
      { id: 'c', title: 'Map c' },
    ]);
    expect(index.get('p3')).toBeUndefined();
  });

  it('lists a map once for a persona it names twice', () => {
    expect(personaMapIndex([summary('a', ['p1', 'p1'])]).get('p1')).toEqual([{ id: 'a', title: 'Map a' }]);
  });
});
