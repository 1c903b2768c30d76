import type { Direction } from '@waymark/domain';

/** Where an opportunity sits on the 5×5 matrix: impact (rows, 5 on top) by feasibility (columns). */
export interface Score {
  impact: number;
  feasibility: number;
}

/** The matrix's box on screen, as `getBoundingClientRect` gives it. */
export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

/** Scores run 1..5 on both axes. */
export const SCORE_MIN = 1;
export const SCORE_MAX = 5;

function clampScore(value: number): number {
  return Math.min(SCORE_MAX, Math.max(SCORE_MIN, value));
}

/**
 * The cell under a pointer at (x, y) in a matrix drawn in `box`: feasibility grows in the reading
 * direction (leftwards in right-to-left), impact grows upwards. Points outside clamp to the edge.
 */
export function scoreAt(box: Box, x: number, y: number, dir: Direction): Score {
  const column = Math.floor(((x - box.left) / Math.max(1, box.width)) * SCORE_MAX);
  const row = Math.floor(((y - box.top) / Math.max(1, box.height)) * SCORE_MAX);
  const feasibility = clampScore(dir === 'rtl' ? SCORE_MAX - column : column + 1);
  return { impact: clampScore(SCORE_MAX - row), feasibility };
}

/**
 * The score after an arrow key, or undefined for other keys: Up/Down change impact, Left/Right
 * change feasibility in the direction they point on screen (mirrored in right-to-left).
 */
export function scoreAfterKey(score: Score, key: string, dir: Direction): Score | undefined {
  const towardsEasy = dir === 'rtl' ? 'ArrowLeft' : 'ArrowRight';
  const towardsHard = dir === 'rtl' ? 'ArrowRight' : 'ArrowLeft';
  switch (key) {
    case 'ArrowUp':
      return { ...score, impact: clampScore(score.impact + 1) };
    case 'ArrowDown':
      return { ...score, impact: clampScore(score.impact - 1) };
    case towardsEasy:
      return { ...score, feasibility: clampScore(score.feasibility + 1) };
    case towardsHard:
      return { ...score, feasibility: clampScore(score.feasibility - 1) };
    default:
      return undefined;
  }
}
