import { useId } from 'react';
import { useLocale, useT } from '../i18n';
import type { PathsResult } from '@waymark/domain';
import { layoutSankey } from './sankey-layout';
import { clip, mirror } from './svg-layout';
import { useFormat } from './use-format';
import './tables.css';

/** Props of `SankeyChart`. */
export interface SankeyChartProps {
  paths: PathsResult;
}

const WIDTH = 760;
const HEIGHT = 300;
const PAD_X = 4;
const PAD_Y = 8;
const NODE_W = 12;
const PALETTE = ['#2f5bd3', '#0f8b8d', '#e07a1f', '#8e44ad', '#c23a3a', '#1f7a4d', '#b5892b', '#d6336c'];
/** Room kept after the last column for its labels. */
const LABEL_GUTTER = 120;

/** A stable colour per event name, so one event keeps its colour in every column. */
function colourOf(name: string): string {
  let hash = 0;
  for (const ch of name) hash = (hash * 31 + (ch.codePointAt(0) ?? 0)) >>> 0;
  return PALETTE[hash % PALETTE.length] ?? '#5d6778';
}

/**
 * The top session paths as a Sankey in plain SVG: one column per step position, nodes by event
 * name, links as SVG paths whose width is the number of transitions. Mirrors in right-to-left.
 * The table of top paths below is its text alternative.
 */
export function SankeyChart({ paths }: SankeyChartProps) {
  const t = useT();
  const f = useFormat();
  const { dir } = useLocale();
  const id = useId();
  const inner = WIDTH - PAD_X * 2 - LABEL_GUTTER;
  const layout = layoutSankey(paths.nodes, paths.edges, {
    width: inner,
    height: HEIGHT - PAD_Y * 2,
    nodeWidth: NODE_W,
    gap: 8,
    perColumn: 6,
  });
  const nameOf = new Map(layout.nodes.map((node) => [node.id, node.name]));
  const m = mirror(WIDTH, dir);
  const desc = t('figures.sankey.desc', {
    sessions: f.count(paths.total),
    paths: f.count(paths.paths.length),
  });

  return (
    <figure className="chart" data-testid="sankey">
      <svg
        className="chart-svg"
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        role="img"
        aria-labelledby={`${id}-t ${id}-d`}
      >
        <title id={`${id}-t`}>{t('figures.sankey.title')}</title>
        <desc id={`${id}-d`}>{desc}</desc>
        <g
          transform={
            dir === 'rtl'
              ? `translate(${WIDTH - PAD_X},${PAD_Y}) scale(-1,1)`
              : `translate(${PAD_X},${PAD_Y})`
          }
        >
          {layout.links.map((link) => (
            <path
              key={`${link.source}>${link.target}`}
              className="sankey-link"
              d={link.d}
              strokeWidth={link.width}
              stroke={colourOf(nameOf.get(link.source) ?? '')}
            >
              <title>{`${link.source.replace(/^\d+:/, '')} → ${link.target.replace(/^\d+:/, '')}: ${f.count(link.count)}`}</title>
            </path>
          ))}
          {layout.nodes.map((node) => (
            <rect
              key={node.id}
              className="sankey-node"
              x={node.x}
              y={node.y}
              width={NODE_W}
              height={node.height}
              fill={colourOf(node.name)}
            >
              <title>{`${node.name} (${f.count(node.step)}): ${f.count(node.count)}`}</title>
            </rect>
          ))}
        </g>
        {layout.nodes
          .filter((node) => node.height >= 14)
          .map((node) => {
            const x = PAD_X + node.x + NODE_W + 4;
            return (
              <text
                key={`label-${node.id}`}
                className="chart-label sankey-label"
                x={m.x(x)}
                y={PAD_Y + node.y + node.height / 2}
                textAnchor={m.start}
                dominantBaseline="middle"
              >
                {clip(node.name, 16)} <tspan className="chart-sub">{f.count(node.count)}</tspan>
              </text>
            );
          })}
      </svg>
      <figcaption className="chart-caption">{desc}</figcaption>
      <details className="chart-table">
        <summary>{t('figures.showTable')}</summary>
        <table className="data-table">
          <caption className="visually-hidden">{t('figures.sankey.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('figures.col.path')}</th>
              <th scope="col">{t('figures.col.sessions')}</th>
              <th scope="col">{t('figures.col.share')}</th>
            </tr>
          </thead>
          <tbody>
            {paths.paths.map((p) => (
              <tr key={p.events.join('\u0000')}>
                <td>
                  <bdi>{p.events.join(' → ')}</bdi>
                </td>
                <td>{f.count(p.count)}</td>
                <td>{f.percent(paths.total > 0 ? p.count / paths.total : null)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
