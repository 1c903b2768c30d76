import { useId } from 'react';
import { useLocale, useT } from '../i18n';
import type { TimeToConvertResult } from '@waymark/domain';
import { mirror, niceTicks } from './svg-layout';
import { useFormat } from './use-format';
import './tables.css';

/** Props of `TtcHistogram`. */
export interface TtcHistogramProps {
  result: TimeToConvertResult;
  /** Names of the first and last measured stage, for the caption. */
  from: string;
  to: string;
}

const WIDTH = 760;
const HEIGHT = 240;
const AXIS_W = 48;
const AXIS_H = 28;
const TOP = 10;

/**
 * The time-to-convert distribution from the first to the last measured stage as a histogram in
 * plain SVG, with y ticks, duration labels under the bars, and the median and p90 in the caption.
 * Mirrors in right-to-left; a table of the bins is its text alternative.
 */
export function TtcHistogram({ result, from, to }: TtcHistogramProps) {
  const t = useT();
  const f = useFormat();
  const { dir } = useLocale();
  const id = useId();
  const m = mirror(WIDTH, dir);
  const bins = result.histogram;
  const ticks = niceTicks(Math.max(1, ...bins.map((b) => b.count)));
  const top = ticks[ticks.length - 1] ?? 1;
  const plotW = WIDTH - AXIS_W - 8;
  const plotH = HEIGHT - AXIS_H - TOP;
  const barW = bins.length > 0 ? plotW / bins.length : plotW;
  const yOf = (v: number) => TOP + plotH - (v / top) * plotH;
  const desc = t('figures.ttc.desc', {
    from,
    to,
    conversions: f.count(result.conversions),
    median: f.duration(result.medianSeconds),
    p90: f.duration(result.p90Seconds),
  });

  return (
    <figure className="chart" data-testid="ttc-histogram">
      <svg
        className="chart-svg"
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        role="img"
        aria-labelledby={`${id}-t ${id}-d`}
      >
        <title id={`${id}-t`}>{t('figures.ttc.title')}</title>
        <desc id={`${id}-d`}>{desc}</desc>
        {ticks.map((tick) => (
          <g key={tick}>
            <line className="chart-grid" x1={m.x(AXIS_W)} x2={m.x(WIDTH - 8)} y1={yOf(tick)} y2={yOf(tick)} />
            <text
              className="chart-tick"
              x={m.x(AXIS_W - 6)}
              y={yOf(tick)}
              textAnchor={m.end}
              dominantBaseline="middle"
            >
              {f.count(tick)}
            </text>
          </g>
        ))}
        {bins.map((bin, i) => {
          const x0 = AXIS_W + i * barW + 2;
          const x1 = x0 + barW - 4;
          const y = yOf(bin.count);
          return (
            <g key={bin.fromSeconds}>
              <rect
                className="ttc-bar"
                x={Math.min(m.x(x0), m.x(x1))}
                y={y}
                width={Math.max(1, barW - 4)}
                height={Math.max(0, TOP + plotH - y)}
                rx={3}
              >
                <title>{`${f.shortDuration(bin.fromSeconds)}–${f.shortDuration(bin.toSeconds)}: ${f.count(bin.count)}`}</title>
              </rect>
              {(bins.length <= 8 || i % 2 === 0) && (
                <text className="chart-tick" x={m.x(x0 + (barW - 4) / 2)} y={HEIGHT - 10} textAnchor="middle">
                  {f.shortDuration(bin.fromSeconds)}
                </text>
              )}
            </g>
          );
        })}
      </svg>
      <figcaption className="chart-caption">{desc}</figcaption>
      <details className="chart-table">
        <summary>{t('figures.showTable')}</summary>
        <table className="data-table">
          <caption className="visually-hidden">{t('figures.ttc.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('figures.col.from')}</th>
              <th scope="col">{t('figures.col.to')}</th>
              <th scope="col">{t('figures.col.conversions')}</th>
            </tr>
          </thead>
          <tbody>
            {bins.map((bin) => (
              <tr key={bin.fromSeconds}>
                <td>{f.duration(bin.fromSeconds)}</td>
                <td>{f.duration(bin.toSeconds)}</td>
                <td>{f.count(bin.count)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
