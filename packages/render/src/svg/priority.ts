import type { Quadrant } from '@waymark/domain';
import type { BadgeTone } from './theme';

/** Badge colours per impact × feasibility quadrant of the domain's `opportunityPriority`. */
export const QUADRANT_TONES: Record<Quadrant, BadgeTone> = {
  quick_win: { fg: '#ffffff', bg: '#2f9e44' },
  major_project: { fg: '#1864ab', bg: '#e3effb' },
  fill_in: { fg: '#5c940d', bg: '#eef8dc' },
  money_pit: { fg: '#868e96', bg: '#f1f3f5' },
};
