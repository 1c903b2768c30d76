import { useLayoutEffect, useRef, useState, type DragEvent, type RefObject } from 'react';
import type { Journey } from '@waymark/domain';
import { droppedId, isDragOf, startDrag, type DragKind } from './dnd';
import { useEditor } from './EditorContext';

/** Drag-and-drop props for a reorderable header element. */
export interface HeaderDragProps {
  draggable: boolean;
  onDragStart(event: DragEvent): void;
  onDragOver(event: DragEvent): void;
  onDragLeave(): void;
  onDrop(event: DragEvent): void;
}

/** What `useHeaderReorder` gives a stage or lane header. */
export interface HeaderReorder {
  /** Put on the header's root: focus returns to it after a keyboard move. */
  rootRef: RefObject<HTMLDivElement | null>;
  /** Whether a drag of the same kind is over the header. */
  dropping: boolean;
  /** Moves this header to position `to` (ignored outside 0..count-1), keeping keyboard focus on it. */
  move(to: number): void;
  dragProps: HeaderDragProps;
}

/**
 * Reordering of a stage or lane header, by drag and drop onto another header of the same kind and by
 * keyboard (`move`). React moves the header's DOM node when the order changes, which drops focus, so a
 * keyboard move puts focus back on the header. `moveTo` is the domain operation (moveStage, moveLane).
 */
export function useHeaderReorder(
  kind: Extract<DragKind, 'stage' | 'lane'>,
  id: string,
  index: number,
  count: number,
  moveTo: (journey: Journey, id: string, to: number) => Journey,
): HeaderReorder {
  const { edit, readOnly } = useEditor();
  const [dropping, setDropping] = useState(false);
  const rootRef = useRef<HTMLDivElement>(null);
  const refocus = useRef(false);

  useLayoutEffect(() => {
    if (!refocus.current) return;
    refocus.current = false;
    if (!rootRef.current?.contains(document.activeElement)) rootRef.current?.focus();
  }, [index]);

  const move = (to: number): void => {
    if (to < 0 || to >= count) return;
    refocus.current = rootRef.current?.contains(document.activeElement) ?? false;
    edit((journey) => moveTo(journey, id, to));
  };

  const dragProps: HeaderDragProps = {
    draggable: !readOnly,
    onDragStart: (event) => startDrag(event, kind, id),
    onDragOver: (event) => {
      if (readOnly || !isDragOf(event, kind)) return;
      event.preventDefault();
      event.dataTransfer.dropEffect = 'move';
      setDropping(true);
    },
    onDragLeave: () => setDropping(false),
    onDrop: (event) => {
      setDropping(false);
      const dropped = droppedId(event, kind);
      if (!dropped || dropped === id) return;
      event.preventDefault();
      edit((journey) => moveTo(journey, dropped, index));
    },
  };

  return { rootRef, dropping, move, dragProps };
}
