import { z } from 'zod';
import type { PersonaInput } from '../schema';
import { localeSchema } from '../schema';
import { localeDirection } from '../labels/localized';
import { ValidationError } from '../validation/errors';
import type { ValidationIssue } from '../validation/issues';
import { makeIssue } from '../validation/issues';
import { fromZodError } from '../validation/zod-issues';
import type { JourneyDocumentInput } from './document-schema';
import { CURRENT_FORMAT } from './document-schema';

/**
 * Format v0, the grid export of Waymark's prototype (before `format` tags existed):
 *
 * ```json
 * { "version": 0, "name": "Online store", "type": "current", "lang": "th", "persona": "Shopper",
 *   "columns": ["Browse", "Pay"],
 *   "rows": [{ "title": "Doing", "type": "actions" }, { "title": "Mood", "type": "feelings" }],
 *   "cells": [{ "column": 0, "row": 0, "text": "Searches" }, { "column": 1, "row": 1, "score": -2 }] }
 * ```
 *
 * - `type`: `current` | `future` | `day` | `blueprint` (map type); `lang` optional, default `en`.
 * - `columns`: stage names in order. `rows`: lanes in order; row `type` is `actions`, `touchpoints`,
 *   `thoughts`, `feelings`, `pains`, `ideas` or `notes`.
 * - `cells`: `column` and `row` are 0-based indexes; several cells may share a grid position (kept
 *   in file order). Cells of a `feelings` row carry a `score` from -5 to 5, at most one per column.
 * - v0 had one implicit customer: `persona` names it (default "Customer").
 *
 * Migration to v1: ids are derived from positions (`stg_v0_0`, `lan_v0_0`, `itm_v0_0`, `per_v0`) so
 * the same file always migrates to the same document; pains become pain points with severity 3,
 * ideas become opportunities with impact 3 and feasibility 3, feelings become emotion points of
 * the one persona, touchpoints become touchpoint items, the rest cards.
 */
export const v0DocumentSchema = z.object({
  version: z.literal(0),
  name: z.string().min(1).max(500),
  type: z.enum(['current', 'future', 'day', 'blueprint']).default('current'),
  lang: localeSchema.default('en'),
  persona: z.string().min(1).max(500).default('Customer'),
  columns: z.array(z.string().min(1).max(500)),
  rows: z.array(
    z.object({
      title: z.string().min(1).max(500),
      type: z.enum(['actions', 'touchpoints', 'thoughts', 'feelings', 'pains', 'ideas', 'notes']),
    }),
  ),
  cells: z.array(
    z.object({
      column: z.number().int().min(0),
      row: z.number().int().min(0),
      text: z.string().max(20_000).default(''),
      score: z.number().min(-5).max(5).optional(),
    }),
  ),
});
export type V0Document = z.infer<typeof v0DocumentSchema>;

const MAP_TYPES = {
  current: 'current_state',
  future: 'future_state',
  day: 'day_in_the_life',
  blueprint: 'service_blueprint',
} as const;

const LANE_KINDS = {
  actions: 'actions',
  touchpoints: 'touchpoints',
  thoughts: 'thoughts',
  feelings: 'emotions',
  pains: 'pain_points',
  ideas: 'opportunities',
  notes: 'text',
} as const;

const PERSONA_ID = 'per_v0';

function checkCells(doc: V0Document): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const feelings = new Map<string, number>();
  doc.cells.forEach((cell, i) => {
    if (cell.column >= doc.columns.length) {
      issues.push(
        makeIssue(`$.cells[${i}].column`, `a column index below ${doc.columns.length}`, String(cell.column)),
      );
    }
    const row = doc.rows[cell.row];
    if (!row) {
      issues.push(makeIssue(`$.cells[${i}].row`, `a row index below ${doc.rows.length}`, String(cell.row)));
    } else if (row.type === 'feelings') {
      if (cell.score === undefined) {
        issues.push(makeIssue(`$.cells[${i}].score`, 'a score from -5 to 5 in a feelings row', 'nothing'));
      }
      const key = `${cell.column}:${cell.row}`;
      const earlier = feelings.get(key);
      if (earlier !== undefined) {
        issues.push(
          makeIssue(
            `$.cells[${i}]`,
            'one feelings cell per column',
            `a second one`,
            `first at $.cells[${earlier}]`,
          ),
        );
      } else feelings.set(key, i);
    }
  });
  return issues;
}

/** Migrates a v0 grid document to a v1 document (not yet validated as v1). Throws `ValidationError`. */
export function migrateV0ToV1(input: unknown): JourneyDocumentInput {
  const parsed = v0DocumentSchema.safeParse(input, { reportInput: true });
  if (!parsed.success) throw new ValidationError(fromZodError(parsed.error), 'v0 document');
  const doc = parsed.data;
  const issues = checkCells(doc);
  if (issues.length > 0) throw new ValidationError(issues, 'v0 document');

  const hasFeelings = doc.rows.some((r) => r.type === 'feelings');
  const personas: PersonaInput[] = hasFeelings ? [{ id: PERSONA_ID, name: doc.persona }] : [];
  const items = doc.cells.map((cell, i) => {
    const kind = doc.rows[cell.row]?.type ?? 'notes';
    const base = {
      id: `itm_v0_${i}`,
      stageId: `stg_v0_${cell.column}`,
      laneId: `lan_v0_${cell.row}`,
      text: cell.text,
    };
    switch (kind) {
      case 'touchpoints':
        return { type: 'touchpoint' as const, ...base };
      case 'pains':
        return { type: 'pain_point' as const, ...base, severity: 3 };
      case 'ideas':
        return { type: 'opportunity' as const, ...base, impact: 3, feasibility: 3 };
      case 'feelings':
        return { type: 'emotion_point' as const, ...base, personaId: PERSONA_ID, score: cell.score ?? 0 };
      default:
        return { type: 'card' as const, ...base };
    }
  });
  return {
    format: CURRENT_FORMAT,
    journey: {
      id: 'jrn_v0',
      title: doc.name,
      description: '',
      mapType: MAP_TYPES[doc.type],
      journeyKind: 'custom',
      personaIds: personas.map((p) => p.id),
      locale: doc.lang,
      direction: localeDirection(doc.lang),
      stages: doc.columns.map((name, i) => ({ id: `stg_v0_${i}`, name })),
      lanes: doc.rows.map((row, i) => ({ id: `lan_v0_${i}`, kind: LANE_KINDS[row.type], name: row.title })),
      items,
      dividers: [],
    },
    personas,
  };
}
