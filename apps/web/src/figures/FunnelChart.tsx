import { useId } from 'react';
import type { Journey, JourneyFigures } from '@waymark/domain';
import { useLocale, useT } from '../i18n';
import { clip, mirror } from './svg-layout';
import { useFormat } from './use-format';
import './tables.css';

/** Props of `FunnelChart`. */
export interface FunnelChartProps {
  journey: Journey;
  figures: JourneyFigures;
}

const WIDTH = 760;
const ROW = 46;
const BAR = 30;
const NAME_W = 170;
const VALUE_W = 150;
const BAR_LEFT = NAME_W + 10;
const BAR_W = WIDTH - NAME_W - VALUE_W - 20;

/**
 * The measured stages as a centred funnel in plain SVG: one bar per stage (width by users reached),
 * a band to the next bar, the users and the conversion from the previous stage. Mirrors in
 * right-to-left; the stage cards above are its table alternative, and a table follows too.
 */
export function FunnelChart({ journey, figures }: FunnelChartProps) {
  const t = useT();
  const f = useFormat();
  const { dir } = useLocale();
  const id = useId();
  const m = mirror(WIDTH, dir);
  const byId = new Map(figures.stages.map((s) => [s.stageId, s]));
  const rows = journey.stages.flatMap((stage) => {
    const sf = byId.get(stage.id);
    return stage.matchers.length > 0 && sf ? [{ stage, sf }] : [];
  });
  if (rows.length === 0) return null;
  const max = Math.max(1, ...rows.map((r) => r.sf.users));
  const height = rows.length * ROW + 8;
  const centre = BAR_LEFT + BAR_W / 2;
  const half = (users: number) => Math.max(2, (users / max) * (BAR_W / 2));
  const first = rows[0]?.sf.users ?? 0;
  const last = rows[rows.length - 1]?.sf.users ?? 0;
  const summary = t('figures.funnel.desc', {
    first: f.count(first),
    last: f.count(last),
    rate: f.percent(first > 0 ? last / first : null),
  });

  return (
    <figure className="chart" data-testid="funnel-chart">
      <svg
        className="chart-svg"
        viewBox={`0 0 ${WIDTH} ${height}`}
        role="img"
        aria-labelledby={`${id}-t ${id}-d`}
        preserveAspectRatio="xMidYMin meet"
      >
        <title id={`${id}-t`}>{t('figures.funnel.title')}</title>
        <desc id={`${id}-d`}>{summary}</desc>
        {rows.map(({ stage, sf }, i) => {
          const y = 4 + i * ROW;
          const w = half(sf.users);
          const next = rows[i + 1];
          const colour = stage.color ?? '#2f5bd3';
          return (
            <g key={stage.id}>
              {next && (
                <polygon
                  className="funnel-band"
                  points={[
                    [centre - w, y + BAR],
                    [centre + w, y + BAR],
                    [centre + half(next.sf.users), y + ROW],
                    [centre - half(next.sf.users), y + ROW],
                  ]
                    .map(([x, yy]) => `${x},${yy}`)
                    .join(' ')}
                />
              )}
              <rect x={centre - w} y={y} width={w * 2} height={BAR} rx={5} fill={colour} opacity={0.9}>
                <title>{`${stage.name}: ${f.count(sf.users)}`}</title>
              </rect>
              <text
                className="chart-label"
                x={m.x(0)}
                y={y + BAR / 2}
                textAnchor={m.start}
                dominantBaseline="middle"
              >
                {clip(stage.name, 22)}
              </text>
              <text
                className="chart-value"
                x={m.x(WIDTH - VALUE_W + 10)}
                y={y + BAR / 2}
                textAnchor={m.start}
                dominantBaseline="middle"
              >
                {f.count(sf.users)}
                {sf.conversionFromPrevious !== null && (
                  <tspan className="chart-sub">{`  ${f.percent(sf.conversionFromPrevious)}`}</tspan>
                )}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption className="chart-caption">{summary}</figcaption>
      <details className="chart-table">
        <summary>{t('figures.showTable')}</summary>
        <table className="data-table">
          <caption className="visually-hidden">{t('figures.funnel.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('figures.col.stage')}</th>
              <th scope="col">{t('figures.stages.reached')}</th>
              <th scope="col">{t('figures.stages.conversion')}</th>
              <th scope="col">{t('figures.stages.dropOff')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map(({ stage, sf }) => (
              <tr key={stage.id}>
                <th scope="row" dir="auto">
                  {stage.name}
                </th>
                <td>{f.count(sf.users)}</td>
                <td>{f.percent(sf.conversionFromPrevious)}</td>
                <td>{f.count(sf.dropOff)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
