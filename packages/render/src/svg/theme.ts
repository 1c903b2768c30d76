import type { LaneKind } from '@waymark/domain';

/**
 * Visual constants of the rendered map: fonts, sizes and a soft palette. Family names are the ones
 * Debian's fonts-dejavu-core, fonts-noto-cjk and fonts-thai-tlwg install; "Noto Sans" is used where present.
 */
export const FONT_FAMILY =
  "'Noto Sans', 'DejaVu Sans', 'Noto Sans CJK TC', 'Noto Sans Thai', 'Loma', 'Tlwg Typist', sans-serif";

/** Ink, surface and line colours shared by every part of the map. */
export const INK = {
  text: '#1f2933',
  muted: '#52606d',
  faint: '#8a96a3',
  grid: '#e3e7ec',
  page: '#ffffff',
  band: '#f7f9fb',
  card: '#ffffff',
  cardBorder: '#dde2e8',
  shadow: '#1f2933',
} as const;

/** Geometry in pixels. */
export const SIZE = {
  padding: 32,
  labelColumn: 188,
  stageWidth: 248,
  cellPadding: 10,
  cardGap: 8,
  cardPadding: 10,
  cardRadius: 8,
  minLaneHeight: 64,
  emotionBand: 168,
  dividerGap: 26,
  titleSize: 26,
  subtitleSize: 13,
  bodySize: 12.5,
  smallSize: 11,
  labelSize: 13.5,
  stageNameSize: 15,
  lineHeight: 1.38,
} as const;

/** Colours given to stages without one, in order. */
export const STAGE_PALETTE = [
  '#4c6ef5',
  '#15aabf',
  '#40c057',
  '#fab005',
  '#fd7e14',
  '#e64980',
  '#7950f2',
  '#12b886',
];

/** Colours given to personas without one, in order. */
export const PERSONA_PALETTE = ['#e8590c', '#1c7ed6', '#2f9e44', '#ae3ec9', '#f08c00', '#0c8599', '#c2255c'];

/** Accent colour per lane kind when the lane has none. */
export const LANE_ACCENT: Record<LaneKind, string> = {
  actions: '#4c6ef5',
  touchpoints: '#228be6',
  channels: '#15aabf',
  thoughts: '#7950f2',
  emotions: '#f59f00',
  pain_points: '#fa5252',
  opportunities: '#40c057',
  moments_of_truth: '#e64980',
  frontstage: '#339af0',
  backstage: '#845ef7',
  support_processes: '#20c997',
  people: '#fd7e14',
  policies: '#868e96',
  technology: '#5c7cfa',
  metrics: '#12b886',
  departments: '#f76707',
  text: '#868e96',
  images: '#868e96',
  custom: '#868e96',
};

/** A badge's text and background colour. */
export interface BadgeTone {
  fg: string;
  bg: string;
}

/** Pain point severity 1..5, from minor (green) to critical (red). */
export const SEVERITY_TONES: readonly BadgeTone[] = [
  { fg: '#2b8a3e', bg: '#ebfbee' },
  { fg: '#5c940d', bg: '#f4fce3' },
  { fg: '#c77700', bg: '#fff9db' },
  { fg: '#d9480f', bg: '#fff0e6' },
  { fg: '#c92a2a', bg: '#ffecec' },
];

/** Neutral badge (tags, channels). */
export const NEUTRAL_TONE: BadgeTone = { fg: '#495057', bg: '#f1f3f5' };

/** Expands `#rgb` to `#rrggbb`, lower-case. Expects a colour already checked by `safeColor`. */
function expand(hex: string): string {
  const h = hex.slice(1).toLowerCase();
  return h.length === 3 ? `#${[...h].map((c) => c + c).join('')}` : `#${h}`;
}

/** Applies `mix` to each 0..255 channel of a colour and rounds the result. */
function mapChannels(hex: string, mix: (channel: number) => number): string {
  const full = expand(hex);
  const channels = [1, 3, 5].map((i) => parseInt(full.slice(i, i + 2), 16));
  return `#${channels.map((c) => Math.round(mix(c)).toString(16).padStart(2, '0')).join('')}`;
}

/** Mixes a colour with white: `amount` 0 keeps it, 1 gives white. */
export function tint(hex: string, amount: number): string {
  return mapChannels(hex, (c) => c + (255 - c) * amount);
}

/** Mixes a colour with black: `amount` 0 keeps it, 1 gives black. */
export function shade(hex: string, amount: number): string {
  return mapChannels(hex, (c) => c * (1 - amount));
}
