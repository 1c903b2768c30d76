import type { Journey, Opportunity } from '../schema';

/** The impact × feasibility quadrants, most worth doing first (legend and list order). */
export const QUADRANTS = ['quick_win', 'major_project', 'fill_in', 'money_pit'] as const;

/** Where an opportunity sits on the impact × feasibility matrix. */
export type Quadrant = (typeof QUADRANTS)[number];

/** Derived priority of an opportunity; never stored on the item. */
export interface Priority {
  /** impact × feasibility, 1..25. */
  score: number;
  quadrant: Quadrant;
}

/**
 * Priority from impact and feasibility (both 1..5): score = impact × feasibility; quadrant is
 * quick_win (impact ≥ 3 and feasibility ≥ 3), major_project (impact ≥ 3), fill_in (feasibility ≥ 3)
 * or money_pit.
 */
export function opportunityPriority(o: Pick<Opportunity, 'impact' | 'feasibility'>): Priority {
  const high = o.impact >= 3;
  const easy = o.feasibility >= 3;
  const quadrant: Quadrant =
    high && easy ? 'quick_win' : high ? 'major_project' : easy ? 'fill_in' : 'money_pit';
  return { score: o.impact * o.feasibility, quadrant };
}

/** An opportunity with its derived priority. */
export interface RankedOpportunity extends Priority {
  opportunity: Opportunity;
}

/** The journey's opportunities, highest score first, then higher impact, then document order. */
export function rankOpportunities(journey: Journey): RankedOpportunity[] {
  const ranked = journey.items.flatMap((it, order) =>
    it.type === 'opportunity' ? [{ opportunity: it, order, ...opportunityPriority(it) }] : [],
  );
  ranked.sort(
    (a, b) => b.score - a.score || b.opportunity.impact - a.opportunity.impact || a.order - b.order,
  );
  return ranked.map(({ order: _order, ...rest }) => rest);
}
