/**
 * What a change or conflict is about, e.g. `Removed: Card “Reads reviews” · Text`. The element's
 * name is user text in any script, so it is isolated (`<bdi>`): a Persian label around an English
 * name, or the reverse, keeps its quotes and punctuation in place.
 */
export function ChangeSubject({
  lead,
  name,
  tail,
}: {
  lead: string;
  name?: string | undefined;
  tail?: string;
}) {
  return (
    <>
      {lead}
      {name !== undefined && name !== '' && (
        <>
          {' '}
          <bdi>“{name}”</bdi>
        </>
      )}
      {tail}
    </>
  );
}
