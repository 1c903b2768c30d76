import type { Journey, JourneyFigures } from '@waymark/domain';
import { useT } from '../i18n';
import { StageFiguresBar } from './StageFiguresBar';
import { useFormat } from './use-format';

/** Props of `StageFiguresTable`. */
export interface StageFiguresTableProps {
  journey: Journey;
  figures: JourneyFigures;
}

/**
 * Reach, conversion and drop-off per stage as one card per stage, in map order, with the time to
 * the next stage and the top channels. Stages without event matchers say they are not measured.
 */
export function StageFiguresTable({ journey, figures }: StageFiguresTableProps) {
  const t = useT();
  const f = useFormat();
  const byId = new Map(figures.stages.map((s) => [s.stageId, s]));
  return (
    <ol className="stage-cards" aria-label={t('figures.stages.title')}>
      {journey.stages.map((stage, index) => {
        const sf = byId.get(stage.id);
        const measured = stage.matchers.length > 0;
        return (
          <li
            key={stage.id}
            className="stage-card"
            style={stage.color ? { borderBlockStartColor: stage.color } : undefined}
          >
            <div className="stage-card-head">
              <span className="stage-card-index">{f.count(index + 1)}</span>
              <h4 className="stage-card-name">{stage.name}</h4>
            </div>
            {measured && sf ? (
              <>
                <StageFiguresBar figures={sf} />
                <dl className="stage-card-stats">
                  <div>
                    <dt>{t('figures.stages.reached')}</dt>
                    <dd>{f.count(sf.users)}</dd>
                  </div>
                  <div>
                    <dt>{t('figures.stages.conversion')}</dt>
                    <dd>{f.percent(sf.conversionFromPrevious)}</dd>
                  </div>
                  <div>
                    <dt>{t('figures.stages.dropOff')}</dt>
                    <dd>
                      {f.count(sf.dropOff)} <span className="muted">({f.percent(sf.dropOffRate)})</span>
                    </dd>
                  </div>
                  <div>
                    <dt>{t('figures.stages.timeToNext')}</dt>
                    <dd>{f.duration(sf.medianSecondsToNext)}</dd>
                  </div>
                </dl>
                {sf.topChannels.length > 0 && (
                  <p className="stage-card-channels">
                    <span className="muted">{t('figures.stages.topChannels')}</span>{' '}
                    {sf.topChannels.map((c) => (
                      <span key={c.channel} className="badge">
                        {c.channel} · {f.count(c.users)}
                      </span>
                    ))}
                  </p>
                )}
              </>
            ) : (
              <p className="muted stage-card-unmeasured">{t('figures.stages.unmeasured')}</p>
            )}
          </li>
        );
      })}
    </ol>
  );
}
