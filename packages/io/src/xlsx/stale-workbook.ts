/**
 * The refusal of a workbook exported from a revision the stored map has moved past. Shared by the CLI
 * and the server so both say the same thing; each names its own way to override.
 */

/** A workbook whose recorded revision is not the stored map's current one. */
export interface StaleWorkbook {
  fileName: string;
  journeyId: string;
  /** The revision the workbook records it was exported from. */
  exportedRevision: number;
  /** The stored map's current revision. */
  storedRevision: number;
}

/** How the caller names its ways past a refusal: merging (`--merge`) and forcing (`--force`). */
export interface StaleOverrides {
  merge: string;
  force: string;
}

/**
 * One line saying why the import was refused and how to proceed, e.g.
 * `map.xlsx: exported from revision 1 of jrn_x, which is now at revision 3; export it again, merge it
 * with --merge, or import with --force to replace the newer revisions`.
 */
export function staleWorkbookMessage(stale: StaleWorkbook, overrides: StaleOverrides): string {
  const { fileName, journeyId, exportedRevision, storedRevision } = stale;
  const from = `${fileName}: exported from revision ${exportedRevision} of ${journeyId}`;
  const ways = `export it again, merge it with ${overrides.merge}, or import with ${overrides.force}`;
  return storedRevision > exportedRevision
    ? `${from}, which is now at revision ${storedRevision}; ${ways} to replace the newer revisions`
    : `${from}, but the stored map is at revision ${storedRevision}; ${ways} to replace it`;
}
