import type { Opportunity } from '@waymark/domain';
import type { BadgeTone } from './theme';

/** Priority bands drawn on opportunity cards. */
export type PriorityBand = 'high' | 'medium' | 'low';

/**
 * Derived priority of an opportunity from impact and feasibility (both 1..5).
 * Placeholder until the domain's `opportunityPriority` lands; then this delegates to it.
 */
export function priorityOf(o: Pick<Opportunity, 'impact' | 'feasibility'>): PriorityBand {
  const score = o.impact * o.feasibility;
  if (score >= 15) return 'high';
  if (score >= 8) return 'medium';
  return 'low';
}

/** Badge colours per priority band. */
export const PRIORITY_TONES: Record<PriorityBand, BadgeTone> = {
  high: { fg: '#ffffff', bg: '#2f9e44' },
  medium: { fg: '#2b8a3e', bg: '#d3f9d8' },
  low: { fg: '#495057', bg: '#f1f3f5' },
};
