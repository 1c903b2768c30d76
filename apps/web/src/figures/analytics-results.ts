import { z } from 'zod';

/**
 * The parts of the analytics results these views read, validated at the boundary: the API types
 * analytics answers loosely (`@waymark/api` may not import `@waymark/analytics`), so each answer is
 * parsed here before it is drawn. Field meanings are those of `@waymark/analytics` `results.ts`.
 */

const count = z.number().min(0);

/** A histogram bin of conversion times, `[fromSeconds, toSeconds)`. */
export const histogramBinSchema = z.object({ fromSeconds: z.number(), toSeconds: z.number(), count });
export type HistogramBinResult = z.infer<typeof histogramBinSchema>;

/** Time to convert from the first stage to the last. */
export const timeToConvertResultSchema = z.object({
  conversions: count,
  medianSeconds: z.number().nullable(),
  p90Seconds: z.number().nullable(),
  averageSeconds: z.number().nullable(),
  histogram: z.array(histogramBinSchema),
});
export type TimeToConvertResultView = z.infer<typeof timeToConvertResultSchema>;

/** Top paths and the Sankey (nodes keyed by step position, so cycles draw forward). */
export const pathsResultSchema = z.object({
  total: count,
  paths: z.array(z.object({ events: z.array(z.string()), count })),
  nodes: z.array(z.object({ id: z.string(), step: z.number().int().min(1), name: z.string(), count })),
  edges: z.array(z.object({ source: z.string(), target: z.string(), count })),
});
export type PathsResultView = z.infer<typeof pathsResultSchema>;
export type SankeyNodeView = PathsResultView['nodes'][number];
export type SankeyEdgeView = PathsResultView['edges'][number];

/** Conversions credited to channels by the five attribution models. */
export const attributionResultSchema = z.object({
  conversions: count,
  unattributed: count,
  channels: z.array(
    z.object({
      channel: z.string(),
      firstTouch: count,
      lastTouch: count,
      linear: count,
      positionBased: count,
      timeDecay: count,
    }),
  ),
});
export type AttributionResultView = z.infer<typeof attributionResultSchema>;
export type ChannelAttributionView = AttributionResultView['channels'][number];
