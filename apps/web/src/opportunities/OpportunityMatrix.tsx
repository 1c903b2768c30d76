import { useMemo, useState } from 'react';
import { QUADRANTS, quadrantLabel, rankOpportunities, updateItem, type Journey } from '@waymark/domain';
import { useLocale, useT } from '../i18n';
import { errorMessage } from '../lib/api';
import type { Score } from './matrix-geometry';
import { MatrixGrid } from './MatrixGrid';
import { OpportunityList } from './OpportunityList';
import './opportunities.css';

/** Props of `OpportunityMatrix`. */
export interface OpportunityMatrixProps {
  journey: Journey;
  onChange(next: Journey): void;
}

/**
 * The opportunities of a map on an impact × feasibility matrix (drag or arrow keys re-score one
 * through the domain's `updateItem`, then `onChange`), with the prioritised list beside it.
 * Trap: the journey passed back is a new object; the editor owns saving it.
 */
export function OpportunityMatrix({ journey, onChange }: OpportunityMatrixProps) {
  const t = useT();
  const { locale } = useLocale();
  const [failure, setFailure] = useState<string | undefined>();
  const ranked = useMemo(() => rankOpportunities(journey), [journey]);

  const handleScore = (id: string, score: Score) => {
    try {
      onChange(updateItem(journey, id, { impact: score.impact, feasibility: score.feasibility }));
      setFailure(undefined);
    } catch (error) {
      setFailure(errorMessage(error));
    }
  };

  if (ranked.length === 0) {
    return (
      <div className="empty-state" data-testid="opportunities-empty">
        <h3>{t('opportunities.empty.title')}</h3>
        <p>{t('opportunities.empty.body')}</p>
      </div>
    );
  }

  return (
    <div className="opportunities" data-testid="opportunities">
      <header className="opportunities-head">
        <h2>{t('opportunities.title')}</h2>
        <p className="muted">{t('opportunities.subtitle')}</p>
      </header>
      {failure && (
        <p className="alert error" role="alert">
          {failure}
        </p>
      )}
      <div className="opportunities-body">
        <section className="opportunities-matrix-card">
          <MatrixGrid ranked={ranked} onScore={handleScore} />
          <ul className="quadrant-legend">
            {QUADRANTS.map((q) => (
              <li key={q}>
                <span className={`quadrant-swatch q-${q}`} aria-hidden="true" />
                <strong>{quadrantLabel(q, locale)}</strong>{' '}
                <span className="muted">{t(`opportunities.quadrant.${q}.hint`)}</span>
              </li>
            ))}
          </ul>
        </section>
        <section className="opportunities-list-card">
          <OpportunityList journey={journey} ranked={ranked} />
        </section>
      </div>
    </div>
  );
}
