import {
  journeyFiguresSchema,
  journeySchema,
  laneKindLabel,
  localeSchema,
  personaSchema,
} from '@waymark/domain';
import type { EmotionPoint, Lane } from '@waymark/domain';
import { z } from 'zod';
import type { RenderContext } from './context';
import { rect } from './context';
import { personaStyles } from './emotion-curve';
import { renderLabels } from './labels';
import { layoutLanes, stageX } from './lanes';
import type { Columns } from './lanes';
import { drawFooter, layoutLegend } from './legend';
import { el, Markup } from './markup';
import { layoutStageHeader } from './stage-header';
import { FONT_FAMILY, INK, SIZE } from './theme';
import { layoutTitle } from './title-block';

/** Layout options of `renderJourneySvg`. */
export const renderOptionsSchema = z
  .object({
    /** Width of one stage column in pixels (160..640, default 248). */
    stageWidth: z.number().min(160).max(640).optional(),
    /** Width of the lane label column in pixels (120..400, default 188). */
    labelWidth: z.number().min(120).max(400).optional(),
    /** Draw the legend and footer (default true). */
    legend: z.boolean().optional(),
    /** Prefix of element ids, for several maps inlined in one page (default `wm-<journey id>`). */
    idPrefix: z
      .string()
      .regex(/^[A-Za-z][A-Za-z0-9_-]{0,63}$/, 'expected an id prefix starting with a letter')
      .optional(),
  })
  .strict();
export type RenderOptions = z.infer<typeof renderOptionsSchema>;

/** Everything `renderJourneySvg` accepts; validated on every call. */
export const renderInputSchema = z.object({
  journey: journeySchema,
  personas: z.array(personaSchema),
  figures: journeyFiguresSchema.optional(),
  /** Locale of the renderer's own labels; defaults to the journey's locale. */
  locale: localeSchema.optional(),
  options: renderOptionsSchema.optional(),
});
/** Input of `renderJourneySvg` before defaults are applied. */
export type RenderJourneyInput = z.input<typeof renderInputSchema>;

/**
 * Renders a whole journey map as a standalone SVG document (xmlns, viewBox, width and height): title,
 * stage header row (with figures when given), lanes of cards, emotion curves, blueprint lines and a
 * legend. Pure and deterministic: the same input gives the same bytes, in Node and in the browser
 * (given the same ICU for word segmentation). Right-to-left journeys are mirrored as a whole.
 * Throws a ZodError naming the field when the input does not match the schemas.
 * Trap: remote image URLs are dropped; only base64 `data:` raster images are drawn.
 */
export function renderJourneySvg(input: RenderJourneyInput): string {
  const { journey, personas, figures, locale, options = {} } = renderInputSchema.parse(input);
  const stageWidth = options.stageWidth ?? SIZE.stageWidth;
  const labelWidth = options.labelWidth ?? SIZE.labelColumn;
  const stageCount = journey.stages.length;
  const gridWidth = labelWidth + stageCount * stageWidth;
  const width = Math.max(720, SIZE.padding * 2 + gridWidth);
  const left = SIZE.padding;
  const columns: Columns = {
    left,
    labelWidth,
    gridLeft: left + labelWidth,
    stageWidth,
    stageCount,
    right: left + gridWidth,
  };
  const ctx: RenderContext = {
    rtl: journey.direction === 'rtl',
    width,
    locale: locale ?? journey.locale,
    labels: renderLabels(locale ?? journey.locale),
    idPrefix: options.idPrefix ?? `wm-${journey.id}`,
    numberLocale: locale ?? journey.locale,
  };
  const contentWidth = width - SIZE.padding * 2;

  const title = layoutTitle(ctx, journey, figures, contentWidth);
  const stageFigures = journey.stages.map((s) => figures?.stages.find((f) => f.stageId === s.id));
  const maxUsers = Math.max(0, ...stageFigures.map((f) => f?.users ?? 0));
  const headers = journey.stages.map((stage, i) =>
    layoutStageHeader(ctx, stage, i, stageWidth, stageFigures[i], maxUsers),
  );
  const headerHeight = Math.max(0, ...headers.map((h) => h.height));
  const emotionPoints = journey.items.filter((i): i is EmotionPoint => i.type === 'emotion_point');
  const styles = personaStyles(personas, emotionPoints);
  const lanes = layoutLanes(ctx, journey, columns, styles, (lane: Lane) =>
    laneKindLabel(lane.kind, ctx.locale),
  );
  const showLegend = options.legend ?? true;
  const legend = layoutLegend(
    ctx,
    {
      showSeverity: journey.items.some((i) => i.type === 'pain_point'),
      showPriority: journey.items.some((i) => i.type === 'opportunity'),
      personas: styles,
      dividers: [...new Set(journey.dividers.map((d) => d.kind))],
    },
    contentWidth,
  );

  const titleTop = SIZE.padding;
  const headerTop = titleTop + title.height + 24;
  const lanesTop = headerTop + headerHeight + 10;
  const legendTop = lanesTop + lanes.height + 28;
  const footerTop = showLegend ? legendTop + legend.height + 6 : legendTop - 10;
  const height = Math.ceil(footerTop + (showLegend ? 30 : 0) + SIZE.padding / 2);

  const body: Markup[] = [
    el('rect', { x: 0, y: 0, width, height, fill: INK.page }),
    ...title.draw(left, titleTop),
    ...headers.flatMap((h, i) => h.draw(stageX(columns, i), headerTop, headerHeight)),
    rect(ctx, left, lanesTop, gridWidth, 1, { fill: INK.grid }),
    ...lanes.draw(lanesTop),
  ];
  if (showLegend)
    body.push(...legend.draw(left, legendTop), ...drawFooter(ctx, left, columns.right, footerTop));

  const svg = el(
    'svg',
    {
      xmlns: 'http://www.w3.org/2000/svg',
      'xml:lang': journey.locale,
      width,
      height,
      viewBox: `0 0 ${width} ${height}`,
      'font-family': FONT_FAMILY,
      'data-direction': journey.direction,
      role: 'img',
      'aria-label': journey.title,
    },
    [
      el('title', {}, [Markup.text(journey.title)]),
      ...(journey.description.trim() === '' ? [] : [el('desc', {}, [Markup.text(journey.description)])]),
      el('g', { class: 'map' }, [Markup.join(body)]),
    ],
  );
  return `${Markup.join([Markup.declaration(), svg]).value}\n`;
}
