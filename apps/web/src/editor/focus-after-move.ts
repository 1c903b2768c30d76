/**
 * Keeps keyboard focus on an element that a keyboard move re-renders elsewhere (a card that moves
 * to another cell mounts as a new element). `markMoved(id)` before the edit; the element calls
 * `takeMoved(id)` in a layout effect and focuses itself, before the next key press is handled.
 */
let pending: string | undefined;

/** Notes that the focused element `id` is about to move. */
export function markMoved(id: string): void {
  pending = id;
  // A move that changed nothing re-renders nothing: forget it after the frame.
  requestAnimationFrame(() => {
    if (pending === id) pending = undefined;
  });
}

/** True (once) when `id` was marked as moved; the caller focuses itself. */
export function takeMoved(id: string): boolean {
  if (pending !== id) return false;
  pending = undefined;
  return true;
}
