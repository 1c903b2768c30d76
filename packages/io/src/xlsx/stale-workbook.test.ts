import { describe, expect, it } from 'vitest';
import { staleWorkbookMessage } from './stale-workbook';

describe('staleWorkbookMessage', () => {
  it('names the file, the map, both revisions and the ways past it', () => {
    const stale = { fileName: 'map.xlsx', journeyId: 'jrn_x', exportedRevision: 1, storedRevision: 3 };
    expect(staleWorkbookMessage(stale, { merge: '--merge', force: '--force' })).toBe(
      'map.xlsx: exported from revision 1 of jrn_x, which is now at revision 3; export it again, merge it with --merge, or import with --force to replace the newer revisions',
    );
  });

  it('does not speak of newer revisions when the stored map is behind the workbook', () => {
    const stale = { fileName: 'map.xlsx', journeyId: 'jrn_x', exportedRevision: 5, storedRevision: 2 };
    expect(staleWorkbookMessage(stale, { merge: 'merge=true', force: 'force=true' })).toBe(
      'map.xlsx: exported from revision 5 of jrn_x, but the stored map is at revision 2; export it again, merge it with merge=true, or import with force=true to replace it',
    );
  });
});
