import { memo, useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';
import {
  EMOTION_MAX,
  EMOTION_MIN,
  setEmotion,
  updateItem,
  type EmotionPoint,
  type Item,
  type Lane,
  type Persona,
  type Stage,
} from '@waymark/domain';
import { formatNumber, isolate, useLocale, useT } from '../i18n';
import { useEditor } from './EditorContext';
import { CellEnteredContext, useNavCell } from './grid-focus';
import { InlineText } from './InlineText';
import './emotion.css';

/** Props of `EmotionRow`. */
export interface EmotionRowProps {
  lane: Lane;
  stages: readonly Stage[];
  /** The lane's grid row (for keyboard navigation). */
  row: number;
  /** The emotion points of this lane, any stage or persona. */
  points: readonly Item[];
}

/** Colours for personas without one of their own. */
const FALLBACK_COLORS = ['#2f5bd3', '#d9622b', '#1f7a4d', '#b8327a', '#7048c8', '#0e7c86'];

/** A persona's curve colour: its own, or a stable fallback by position. */
export function personaColor(persona: Persona, index: number): string {
  return persona.color ?? FALLBACK_COLORS[index % FALLBACK_COLORS.length] ?? '#2f5bd3';
}

const SPAN = EMOTION_MAX - EMOTION_MIN;
const clampScore = (score: number) => Math.max(EMOTION_MIN, Math.min(EMOTION_MAX, Math.round(score)));
/** Vertical position (0 top .. 100 bottom) of a score. */
const yOf = (score: number) => ((EMOTION_MAX - score) / SPAN) * 100;
/** Horizontal centre (0 .. 100, reading direction) of stage `i` of `n`. */
const xOf = (i: number, n: number) => ((i + 0.5) / n) * 100;

function curvePath(values: readonly (number | undefined)[]): string {
  const n = values.length;
  const pts = values.flatMap((v, i) => (v === undefined ? [] : [{ x: xOf(i, n), y: yOf(v) }]));
  return pts
    .map((p, i) => {
      const prev = pts[i - 1];
      if (!prev) return `M ${p.x} ${p.y}`;
      const mid = (prev.x + p.x) / 2;
      return `C ${mid} ${prev.y} ${mid} ${p.y} ${p.x} ${p.y}`;
    })
    .join(' ');
}

interface Draft {
  personaId: string;
  stageId: string;
  score: number;
}

/**
 * The emotion lane: one SVG curve per persona across the stage columns, with one point per stage
 * and persona. Drag a point up or down, or focus it and use the arrow keys. The curve's SVG is
 * mirrored by CSS in right-to-left; the points are placed with logical properties. Under the curve,
 * each stage column holds the note of every persona's point there (the emotion point's text, drawn
 * under the curve in the exports too): click or Enter to write it. A point must be set to carry one.
 */
export const EmotionRow = memo(function EmotionRow({ lane, stages, row, points }: EmotionRowProps) {
  const t = useT();
  const { dir: uiDir } = useLocale();
  const { edit, readOnly, personas, locale } = useEditor();
  const nav = useNavCell(row, 1, stages.length);
  const tabIndex = nav.innerTabIndex;
  const areaRef = useRef<HTMLDivElement>(null);
  const [draft, setDraft] = useState<Draft>();

  const pointOf = (personaId: string, stageId: string): EmotionPoint | undefined => {
    for (const p of points) {
      if (p.type === 'emotion_point' && p.personaId === personaId && p.stageId === stageId) return p;
    }
    return undefined;
  };
  const savedScore = (personaId: string, stageId: string): number | undefined =>
    pointOf(personaId, stageId)?.score;
  /** The score shown: the one being dragged, else the saved one. */
  const scoreOf = (personaId: string, stageId: string): number | undefined =>
    draft && draft.personaId === personaId && draft.stageId === stageId
      ? draft.score
      : savedScore(personaId, stageId);

  const commit = (personaId: string, stageId: string, score: number) =>
    edit((j) => setEmotion(j, { laneId: lane.id, stageId, personaId, score: clampScore(score) }));

  const scoreAtPointer = (event: PointerEvent) => {
    const rect = areaRef.current?.getBoundingClientRect();
    if (!rect || rect.height === 0) return 0;
    const ratio = (event.clientY - rect.top) / rect.height;
    return clampScore(EMOTION_MAX - ratio * SPAN);
  };

  const handleKeyDown = (event: KeyboardEvent, personaId: string, stageId: string, current: number) => {
    const delta: Record<string, number> = { ArrowUp: 1, ArrowDown: -1, PageUp: 2, PageDown: -2 };
    let next: number | undefined;
    if (event.key in delta) next = current + (delta[event.key] ?? 0);
    else if (event.key === 'Home') next = EMOTION_MAX;
    else if (event.key === 'End') next = EMOTION_MIN;
    if (next === undefined || event.altKey) return;
    event.preventDefault();
    commit(personaId, stageId, next);
  };

  return (
    <div className="emotion-area" role="gridcell" {...nav.props}>
      <CellEnteredContext.Provider value={nav.entered}>
        <div className="emotion-chart">
          <div className="emotion-scale" aria-hidden="true" dir={uiDir}>
            <span>{t('emotion.positive')}</span>
            <span>{t('emotion.negative')}</span>
          </div>
          {personas.length === 0 ? (
            <p className="emotion-empty" dir={uiDir}>
              {t('emotion.noPersonas')}
            </p>
          ) : (
            <ul className="emotion-legend" aria-label={t('emotion.legend')}>
              {personas.map((persona, i) => (
                <li key={persona.id}>
                  <span
                    className="legend-swatch"
                    style={{ background: personaColor(persona, i) }}
                    aria-hidden="true"
                  />
                  <span dir="auto">{persona.name}</span>
                </li>
              ))}
            </ul>
          )}
          <div className="emotion-plot" ref={areaRef}>
            <svg className="emotion-svg" viewBox="0 0 100 100" preserveAspectRatio="none" aria-hidden="true">
              <line
                x1="0"
                x2="100"
                y1="50"
                y2="50"
                className="emotion-zero"
                vectorEffect="non-scaling-stroke"
              />
              {personas.map((persona, i) => (
                <path
                  key={persona.id}
                  d={curvePath(stages.map((s) => scoreOf(persona.id, s.id)))}
                  stroke={personaColor(persona, i)}
                  className="emotion-curve"
                  vectorEffect="non-scaling-stroke"
                />
              ))}
            </svg>
            {personas.map((persona, pi) =>
              stages.map((stage, si) => {
                const score = scoreOf(persona.id, stage.id);
                const shown = score ?? 0;
                const label = t('emotion.point', {
                  persona: persona.name,
                  stage: stage.name,
                  score: score ?? '–',
                });
                return (
                  <div
                    key={`${persona.id}:${stage.id}`}
                    className={`emotion-point ${score === undefined ? 'is-unset' : ''}`}
                    data-testid="emotion-point"
                    data-persona-id={persona.id}
                    data-stage-id={stage.id}
                    role="slider"
                    tabIndex={readOnly ? -1 : tabIndex}
                    aria-label={label}
                    title={label}
                    aria-valuemin={EMOTION_MIN}
                    aria-valuemax={EMOTION_MAX}
                    aria-valuenow={shown}
                    aria-valuetext={formatNumber(locale, shown)}
                    aria-readonly={readOnly}
                    style={{
                      insetInlineStart: `${xOf(si, stages.length)}%`,
                      insetBlockStart: `${yOf(shown)}%`,
                      borderColor: personaColor(persona, pi),
                      background: score === undefined ? 'var(--surface)' : personaColor(persona, pi),
                    }}
                    onKeyDown={(event) => !readOnly && handleKeyDown(event, persona.id, stage.id, shown)}
                    onPointerDown={(event) => {
                      if (readOnly || event.button !== 0) return;
                      event.preventDefault();
                      event.currentTarget.setPointerCapture(event.pointerId);
                      event.currentTarget.focus();
                      setDraft({ personaId: persona.id, stageId: stage.id, score: scoreAtPointer(event) });
                    }}
                    onPointerMove={(event) => {
                      if (!draft || draft.personaId !== persona.id || draft.stageId !== stage.id) return;
                      const next = scoreAtPointer(event);
                      if (next !== draft.score) setDraft({ ...draft, score: next });
                    }}
                    onPointerUp={(event) => {
                      if (!draft || draft.personaId !== persona.id || draft.stageId !== stage.id) return;
                      event.currentTarget.releasePointerCapture(event.pointerId);
                      const final = scoreAtPointer(event);
                      setDraft(undefined);
                      if (final !== savedScore(persona.id, stage.id)) commit(persona.id, stage.id, final);
                    }}
                    onPointerCancel={() => setDraft(undefined)}
                  />
                );
              }),
            )}
          </div>
        </div>
        {personas.length > 0 && (
          <div
            className="emotion-notes"
            style={{ gridTemplateColumns: `repeat(${stages.length}, minmax(0, 1fr))` }}
          >
            {stages.map((stage) => (
              <div
                key={stage.id}
                className="emotion-note-cell"
                data-testid="emotion-notes"
                data-stage-id={stage.id}
              >
                {personas.map((persona, pi) => {
                  const point = pointOf(persona.id, stage.id);
                  if (!point || (readOnly && point.text.trim() === '')) return null;
                  const label = t('emotion.note', {
                    persona: isolate(persona.name),
                    stage: isolate(stage.name),
                  });
                  return (
                    <div key={persona.id} className="emotion-note" data-persona-id={persona.id}>
                      <span
                        className="emotion-note-dot"
                        style={{ background: personaColor(persona, pi) }}
                        aria-hidden="true"
                      />
                      {readOnly ? (
                        <p className="emotion-note-text" dir="auto">
                          {point.text}
                        </p>
                      ) : (
                        <InlineText
                          className="emotion-note-text"
                          value={point.text}
                          label={label}
                          multiline
                          placeholder={t('emotion.addNote')}
                          onCommit={(text) => edit((j) => updateItem(j, point.id, { text }))}
                        />
                      )}
                    </div>
                  );
                })}
              </div>
            ))}
          </div>
        )}
      </CellEnteredContext.Provider>
    </div>
  );
});
