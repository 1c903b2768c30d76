import { useT } from '../i18n';
import type { AttributionResult, ChannelAttribution } from '@waymark/domain';
import { useFormat } from './use-format';
import './tables.css';

/** Props of `ChannelTable`. */
export interface ChannelTableProps {
  attribution: AttributionResult;
}

const MODELS = [
  ['firstTouch', 'figures.channels.firstTouch'],
  ['lastTouch', 'figures.channels.lastTouch'],
  ['linear', 'figures.channels.linear'],
  ['positionBased', 'figures.channels.positionBased'],
  ['timeDecay', 'figures.channels.timeDecay'],
] as const satisfies readonly (readonly [keyof Omit<ChannelAttribution, 'channel'>, string])[];

/** Shown for a model the answer does not carry (the query did not ask for it). */
const MISSING = '–';

/**
 * Channel effectiveness: the journey's conversions (the users who completed its funnel) credited to each channel by the five
 * attribution models, most linear credit first, with an in-cell bar of each model's share.
 * A figure the answer lacks (a model not asked for) shows an en dash.
 */
export function ChannelTable({ attribution }: ChannelTableProps) {
  const t = useT();
  const f = useFormat();
  const rows = [...attribution.channels].sort(
    (a, b) => (b.linear ?? 0) - (a.linear ?? 0) || a.channel.localeCompare(b.channel),
  );
  const credited = Math.max(1, attribution.conversions - attribution.unattributed);
  return (
    <div className="table-wrap" data-testid="channel-table">
      <table className="data-table channel-table">
        <caption>
          {t('figures.channels.caption', {
            conversions: f.count(attribution.conversions),
            unattributed: f.count(attribution.unattributed),
          })}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('figures.col.channel')}</th>
            {MODELS.map(([key, label]) => (
              <th scope="col" key={key}>
                {t(label)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.channel}>
              <th scope="row">{row.channel}</th>
              {MODELS.map(([key]) => {
                const value = row[key];
                return (
                  <td key={key}>
                    {value === undefined ? (
                      <span className="cell-num">{MISSING}</span>
                    ) : (
                      <>
                        <span
                          className="cell-bar"
                          style={{ inlineSize: `${Math.min(100, (value / credited) * 100)}%` }}
                        />
                        <span className="cell-num">{f.decimal(value)}</span>
                      </>
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
