import { ID_PREFIX, newId } from '@waymark/domain';

/**
 * Fresh ids for things typed into a workbook by hand (no machine sheet, or rows added after export).
 * They use the domain's prefixes so ids say what they name.
 */
export const newJourneyId = (): string => newId(ID_PREFIX.journey);
/** A fresh stage id. */
export const newStageId = (): string => newId(ID_PREFIX.stage);
/** A fresh lane id. */
export const newLaneId = (): string => newId(ID_PREFIX.lane);
/** A fresh item id. */
export const newItemId = (): string => newId(ID_PREFIX.item);
/** A fresh persona id. */
export const newPersonaId = (): string => newId(ID_PREFIX.persona);
