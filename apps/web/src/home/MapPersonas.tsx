import { Fragment } from 'react';

/** What `MapPersonas` shows. */
export interface MapPersonasProps {
  /** The personas the map names, by id, in the map's order. */
  personaIds: readonly string[];
  /** Persona id -> name; `undefined` while loading (then nothing is shown). */
  names: ReadonlyMap<string, string> | undefined;
}

/**
 * The names of a map's personas as badges (one per persona, so names with spaces stay apart in
 * every script), or a dash when it names none. Ids without a name (a deleted persona) are skipped.
 */
export function MapPersonas({ personaIds, names }: MapPersonasProps) {
  if (!names) return null;
  const known = [...new Set(personaIds)].flatMap((id) => {
    const name = names.get(id);
    return name === undefined ? [] : [{ id, name }];
  });
  if (known.length === 0) return <>—</>;
  return (
    <>
      {known.map(({ id, name }, index) => (
        <Fragment key={id}>
          {index > 0 && ' '}
          <span className="badge" data-testid="map-persona" dir="auto">
            {name}
          </span>
        </Fragment>
      ))}
    </>
  );
}
