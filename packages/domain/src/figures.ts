import { z } from 'zod';
import { idSchema } from './schema';

/**
 * Measured figures drawn on a map: what the analytics computes for a journey's stages and what the
 * web view and the SVG renderer draw on stage headers. Rates are 0..1; `null` where undefined
 * (the first stage has no previous stage; a stage nobody reached has no rate).
 */
export const stageFiguresSchema = z.object({
  stageId: idSchema,
  /**
   * Distinct users who reached this stage in the journey's funnel (`journeyFunnel`): its measured
   * stages in map order, within the window from the first.
   */
  users: z.number().int().min(0),
  /** users / users of the previous stage. */
  conversionFromPrevious: z.number().min(0).nullable(),
  /** Users who reached this stage but never the next one. */
  dropOff: z.number().int().min(0),
  dropOffRate: z.number().min(0).max(1).nullable(),
  medianSecondsToNext: z.number().min(0).nullable(),
  p90SecondsToNext: z.number().min(0).nullable(),
  /** Channels of the users who reached this stage (each user once per channel of their stage events). */
  topChannels: z.array(z.object({ channel: z.string(), users: z.number().int().min(0) })),
  /**
   * Users whose furthest stage this was and who never converted (arrived and left); counted by the
   * stage events a user has, in any order and without the window (the health figures).
   */
  bounced: z.number().int().min(0),
  /** Users who went back from a later stage to this one. */
  regressed: z.number().int().min(0),
});
export type StageFigures = z.infer<typeof stageFiguresSchema>;

/** Every stage's figures for one journey over one time range. */
export const journeyFiguresSchema = z.object({
  journeyId: idSchema,
  from: z.string().nullable(),
  to: z.string().nullable(),
  totalUsers: z.number().int().min(0),
  stages: z.array(stageFiguresSchema),
});
export type JourneyFigures = z.infer<typeof journeyFiguresSchema>;
