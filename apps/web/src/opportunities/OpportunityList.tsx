import type { Journey, RankedOpportunity } from '@waymark/domain';
import { useT } from '../i18n';
import { useFormat } from '../figures/use-format';
import { QUADRANT_TEXT } from './quadrants';
import '../figures/tables.css';

/** Props of `OpportunityList`. */
export interface OpportunityListProps {
  journey: Journey;
  ranked: readonly RankedOpportunity[];
}

const STATUS_KEYS = {
  idea: 'opportunities.status.idea',
  planned: 'opportunities.status.planned',
  in_progress: 'opportunities.status.in_progress',
  done: 'opportunities.status.done',
  dropped: 'opportunities.status.dropped',
} as const;

/**
 * The prioritised opportunities: rank, text, stage, impact, feasibility, the derived score
 * (impact × feasibility) and quadrant, status and owner. Order and priority come from the domain's
 * `rankOpportunities`; nothing here is stored.
 */
export function OpportunityList({ journey, ranked }: OpportunityListProps) {
  const t = useT();
  const f = useFormat();
  const stageName = new Map(journey.stages.map((s) => [s.id, s.name]));
  return (
    <div className="table-wrap">
      <table className="data-table opportunity-table" data-testid="opportunity-list">
        <caption>{t('opportunities.list.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">#</th>
            <th scope="col">{t('opportunities.col.opportunity')}</th>
            <th scope="col">{t('opportunities.col.stage')}</th>
            <th scope="col">{t('opportunities.impact')}</th>
            <th scope="col">{t('opportunities.feasibility')}</th>
            <th scope="col">{t('opportunities.col.score')}</th>
            <th scope="col">{t('opportunities.col.quadrant')}</th>
            <th scope="col">{t('opportunities.col.status')}</th>
          </tr>
        </thead>
        <tbody>
          {ranked.map((r, i) => (
            <tr key={r.opportunity.id} data-item-id={r.opportunity.id}>
              <td>{f.count(i + 1)}</td>
              <th scope="row" className="opportunity-text">
                {r.opportunity.text || <span className="muted">{t('opportunities.untitled')}</span>}
                {r.opportunity.owner && (
                  <span className="muted opportunity-owner">{r.opportunity.owner}</span>
                )}
              </th>
              <td>{stageName.get(r.opportunity.stageId) ?? ''}</td>
              <td>{f.count(r.opportunity.impact)}</td>
              <td>{f.count(r.opportunity.feasibility)}</td>
              <td>
                <strong data-testid="opportunity-score">{f.count(r.score)}</strong>
              </td>
              <td>
                <span className={`quadrant-chip q-${r.quadrant}`}>{t(QUADRANT_TEXT[r.quadrant].name)}</span>
              </td>
              <td>{t(STATUS_KEYS[r.opportunity.status])}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
