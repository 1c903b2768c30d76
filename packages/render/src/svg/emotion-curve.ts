import { EMOTION_MAX, EMOTION_MIN } from '@waymark/domain';
import type { EmotionPoint, Persona } from '@waymark/domain';
import type { RenderContext } from './context';
import { pointX, textLine } from './context';
import { safeColor } from './escape';
import { el, Markup, num } from './markup';
import { INK, PERSONA_PALETTE } from './theme';

/** A persona as drawn: name and colour. */
export interface PersonaStyle {
  id: string;
  name: string;
  color: string;
}

/** One persona's emotion at one stage: the mean score of its points there. */
export interface EmotionSample {
  stageIndex: number;
  score: number;
  texts: string[];
}

/**
 * The personas that have emotion points, in the order of `personas`, then unknown persona ids in the
 * order they first appear; each with its own colour or one from the palette.
 */
export function personaStyles(personas: readonly Persona[], points: readonly EmotionPoint[]): PersonaStyle[] {
  const used = new Set(points.map((p) => p.personaId));
  const known = personas.filter((p) => used.has(p.id));
  const unknown = [...used].filter((id) => !personas.some((p) => p.id === id));
  return [
    ...known.map((p) => ({ id: p.id, name: p.name, color: safeColor(p.color) })),
    ...unknown.map((id) => ({ id, name: id, color: undefined })),
  ].map((p, i) => ({
    id: p.id,
    name: p.name,
    color: p.color ?? PERSONA_PALETTE[i % PERSONA_PALETTE.length] ?? '#1c7ed6',
  }));
}

/** Groups one persona's points by stage, in stage order, averaging several points in one stage. */
export function emotionSamples(
  points: readonly EmotionPoint[],
  personaId: string,
  stageIds: readonly string[],
): EmotionSample[] {
  const samples: EmotionSample[] = [];
  stageIds.forEach((stageId, stageIndex) => {
    const here = points.filter((p) => p.personaId === personaId && p.stageId === stageId);
    if (here.length === 0) return;
    const score = here.reduce((sum, p) => sum + p.score, 0) / here.length;
    samples.push({ stageIndex, score, texts: here.map((p) => p.text).filter((t) => t.trim() !== '') });
  });
  return samples;
}

/** Vertical position of a score inside a band from `top` to `bottom` (higher score = higher up). */
export function scoreY(score: number, top: number, bottom: number): number {
  return top + ((EMOTION_MAX - score) / (EMOTION_MAX - EMOTION_MIN)) * (bottom - top);
}

/** A smooth path through points (Catmull-Rom converted to cubic Bézier segments). */
export function smoothPath(points: readonly [number, number][]): string {
  const first = points[0];
  if (first === undefined) return '';
  let d = `M${num(first[0])},${num(first[1])}`;
  for (let i = 0; i < points.length - 1; i++) {
    const p0 = points[i - 1] ?? points[i];
    const p1 = points[i];
    const p2 = points[i + 1];
    const p3 = points[i + 2] ?? p2;
    if (p0 === undefined || p1 === undefined || p2 === undefined || p3 === undefined) continue;
    const c1 = [p1[0] + (p2[0] - p0[0]) / 6, p1[1] + (p2[1] - p0[1]) / 6];
    const c2 = [p2[0] - (p3[0] - p1[0]) / 6, p2[1] - (p3[1] - p1[1]) / 6];
    d += ` C${num(c1[0] ?? 0)},${num(c1[1] ?? 0)} ${num(c2[0] ?? 0)},${num(c2[1] ?? 0)} ${num(p2[0])},${num(p2[1])}`;
  }
  return d;
}

type LabelSpot = 'above' | 'below' | 'side';

/**
 * Decides where each score label goes so labels at one stage do not collide: the highest point's label
 * above it, the lowest's below it, any between beside it. A lone point near the top gets its label below.
 */
function labelPlacement(samplesByPersona: readonly (readonly EmotionSample[])[]): Map<number, LabelSpot>[] {
  const result = samplesByPersona.map(() => new Map<number, LabelSpot>());
  const stages = new Set(samplesByPersona.flatMap((samples) => samples.map((s) => s.stageIndex)));
  for (const stage of [...stages].sort((a, b) => a - b)) {
    const here = samplesByPersona
      .map((samples, persona) => ({ persona, score: samples.find((s) => s.stageIndex === stage)?.score }))
      .filter((h): h is { persona: number; score: number } => h.score !== undefined)
      .sort((a, b) => b.score - a.score || a.persona - b.persona);
    here.forEach((h, rank) => {
      const spot: LabelSpot =
        here.length === 1
          ? h.score > EMOTION_MAX - 1.5
            ? 'below'
            : 'above'
          : rank === 0
            ? 'above'
            : rank === here.length - 1
              ? 'below'
              : 'side';
      result[h.persona]?.set(stage, spot);
    });
  }
  return result;
}

/** Where the emotion band sits and where each stage's centre is (logical x). */
export interface EmotionBand {
  top: number;
  bottom: number;
  left: number;
  right: number;
  stageCenters: readonly number[];
}

/**
 * Draws the emotion band: a neutral line, and per persona a smooth curve in its colour through one
 * point per stage, each point labelled with its score. Points carry `data-persona`, `data-stage` and
 * `data-score` so tests and tools can read them back.
 */
export function drawEmotionCurves(
  ctx: RenderContext,
  band: EmotionBand,
  styles: readonly PersonaStyle[],
  points: readonly EmotionPoint[],
  stageIds: readonly string[],
): Markup[] {
  const out: Markup[] = [];
  const zeroY = scoreY(0, band.top, band.bottom);
  out.push(
    el('line', {
      x1: pointX(ctx, band.left),
      x2: pointX(ctx, band.right),
      y1: zeroY,
      y2: zeroY,
      stroke: INK.faint,
      'stroke-width': 1,
      'stroke-dasharray': '2 4',
    }),
  );
  const perPersona = styles.map((style) => ({ style, samples: emotionSamples(points, style.id, stageIds) }));
  const placement = labelPlacement(perPersona.map((p) => p.samples));
  perPersona.forEach(({ style, samples }, personaIndex) => {
    const xy = samples.map((s): [number, number] => [
      pointX(ctx, band.stageCenters[s.stageIndex] ?? 0),
      scoreY(s.score, band.top, band.bottom),
    ]);
    if (xy.length > 1) {
      out.push(
        el('path', {
          d: smoothPath(xy),
          fill: 'none',
          stroke: style.color,
          'stroke-width': 2.5,
          'stroke-linecap': 'round',
          'data-persona': style.id,
          class: 'emotion-curve',
        }),
      );
    }
    samples.forEach((s, i) => {
      const [x, y] = xy[i] ?? [0, 0];
      const label = num(Math.round(s.score * 10) / 10);
      const shown = s.score > 0 ? `+${label}` : label;
      const where = placement[personaIndex]?.get(s.stageIndex) ?? 'above';
      const ly = where === 'above' ? y - 10 : where === 'below' ? y + 19 : y + 4;
      out.push(
        el(
          'circle',
          {
            cx: x,
            cy: y,
            r: 5.5,
            fill: style.color,
            stroke: '#ffffff',
            'stroke-width': 2,
            class: 'emotion-point',
            'data-persona': style.id,
            'data-stage': stageIds[s.stageIndex],
            'data-score': num(s.score),
          },
          s.texts.length > 0 ? [el('title', {}, [Markup.text(`${style.name}: ${s.texts.join(' / ')}`)])] : [],
        ),
        textLine(ctx, (ctx.rtl ? ctx.width - x : x) + (where === 'side' ? 9 : 0), ly, shown, {
          size: 10.5,
          weight: 'bold',
          fill: style.color,
          anchor: where === 'side' ? 'start' : 'middle',
        }),
      );
    });
  });
  return out;
}
