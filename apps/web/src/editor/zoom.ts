/** The zoom levels of the map, from an overview of a very large map to twice the actual size. */
export const ZOOM_STEPS = [0.1, 0.25, 0.33, 0.5, 0.67, 0.75, 0.9, 1, 1.1, 1.25, 1.5, 2] as const;

/** The smallest zoom: an overview of a very large map (its text is no longer readable). */
export const MIN_ZOOM = ZOOM_STEPS[0];
/** The largest zoom. */
export const MAX_ZOOM = ZOOM_STEPS[ZOOM_STEPS.length - 1] ?? 2;

/** The next zoom step above (`+1`) or below (`-1`) `zoom`, staying at the ends. */
export function stepZoom(zoom: number, direction: 1 | -1): number {
  if (direction === 1) return ZOOM_STEPS.find((z) => z > zoom + 0.001) ?? MAX_ZOOM;
  return [...ZOOM_STEPS].reverse().find((z) => z < zoom - 0.001) ?? MIN_ZOOM;
}

/**
 * The zoom at which content of `content` size (at zoom 1) fits in `viewport`: never above 1 (a small
 * map is not blown up) nor below `MIN_ZOOM`; rounded down to a whole percent.
 */
export function fitZoom(
  content: { width: number; height: number },
  viewport: { width: number; height: number },
): number {
  if (content.width <= 0 || content.height <= 0) return 1;
  const fit = Math.min(1, viewport.width / content.width, viewport.height / content.height);
  return Math.max(MIN_ZOOM, Math.floor(fit * 100) / 100);
}
