import type { DragEvent } from 'react';

/**
 * HTML5 drag and drop payloads of the editor. Each kind has its own MIME type, so a stage can
 * only be dropped on a stage header, a lane on a lane header and a card on a cell.
 */
export const DRAG_TYPES = {
  stage: 'application/x-waymark-stage',
  lane: 'application/x-waymark-lane',
  item: 'application/x-waymark-item',
} as const;

/** What is being dragged. */
export type DragKind = keyof typeof DRAG_TYPES;

/**
 * Starts a drag of `kind` carrying the element's id. A drag that begins inside an open popover
 * (selecting text in a settings field) is cancelled instead of moving the stage or card.
 */
export function startDrag(event: DragEvent, kind: DragKind, id: string): void {
  if (event.target instanceof Element && event.target.closest('.popover')) {
    event.preventDefault();
    return;
  }
  event.dataTransfer.setData(DRAG_TYPES[kind], id);
  event.dataTransfer.setData('text/plain', id);
  event.dataTransfer.effectAllowed = 'move';
}

/** True while a drag of `kind` is over the element (ids are only readable on drop). */
export function isDragOf(event: DragEvent, kind: DragKind): boolean {
  return event.dataTransfer.types.includes(DRAG_TYPES[kind]);
}

/** The id carried by a drop of `kind`, or undefined for another kind. */
export function droppedId(event: DragEvent, kind: DragKind): string | undefined {
  const id = event.dataTransfer.getData(DRAG_TYPES[kind]);
  return id === '' ? undefined : id;
}
