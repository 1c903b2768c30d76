import { opportunityStatusLabel, quadrantLabel, type Journey, type RankedOpportunity } from '@waymark/domain';
import { useLocale, useT } from '../i18n';
import { useFormat } from '../figures/use-format';
import '../figures/tables.css';

/** Props of `OpportunityList`. */
export interface OpportunityListProps {
  journey: Journey;
  ranked: readonly RankedOpportunity[];
}

/**
 * The prioritised opportunities: rank, text, stage, impact, feasibility, the derived score
 * (impact × feasibility) and quadrant, status and owner. Order and priority come from the domain's
 * `rankOpportunities`; nothing here is stored.
 */
export function OpportunityList({ journey, ranked }: OpportunityListProps) {
  const t = useT();
  const { locale } = useLocale();
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
                {r.opportunity.text ? (
                  <span dir="auto">{r.opportunity.text}</span>
                ) : (
                  <span className="muted">{t('opportunities.untitled')}</span>
                )}
                {r.opportunity.owner && (
                  <span className="muted opportunity-owner" dir="auto">
                    {r.opportunity.owner}
                  </span>
                )}
              </th>
              <td dir="auto">{stageName.get(r.opportunity.stageId) ?? ''}</td>
              <td>{f.count(r.opportunity.impact)}</td>
              <td>{f.count(r.opportunity.feasibility)}</td>
              <td>
                <strong data-testid="opportunity-score">{f.count(r.score)}</strong>
              </td>
              <td>
                <span className={`quadrant-chip q-${r.quadrant}`}>{quadrantLabel(r.quadrant, locale)}</span>
              </td>
              <td>{opportunityStatusLabel(r.opportunity.status, locale)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
