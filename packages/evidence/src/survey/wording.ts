import { asciiDigits } from '../text/numbers';
import wording from '../../data/metric-wording.json' with { type: 'json' };
import type { MetricKind, Scale } from './schema';

type WordedMetric = Exclude<MetricKind, 'mean'>;

const CUES: Record<WordedMetric, string[]> = {
  nps: Object.values(wording.nps).flat(),
  csat: Object.values(wording.csat).flat(),
  ces: Object.values(wording.ces).flat(),
};

/** True when the question text carries a cue word of `metric` in any of the five languages. */
export function wordedAs(metric: WordedMetric, text: string): boolean {
  const folded = text.normalize('NFC').toLowerCase();
  return CUES[metric].some((cue) => folded.includes(cue));
}

const RANGE = /(?<![\d.])(-?\d{1,3})\s*(?:-|–|—|~|to|through|ถึง|到|至|đến|tới|تا)\s*(-?\d{1,3})(?![\d.])/iu;

/**
 * A scale written in the question text: "on a scale of 1 to 10", "(0-10)", "1–5", "1 ถึง 5",
 * "1到5", "1 đến 5", "۱ تا ۵". Only plausible answer scales count (lowest end −10..1, 2..100 points
 * apart), so "18-65 years" or "1-2 times" are not scales.
 */
export function scaleInText(text: string): Scale | null {
  const match = RANGE.exec(asciiDigits(text));
  if (!match) return null;
  const min = Number(match[1]);
  const max = Number(match[2]);
  return min >= -10 && min <= 1 && max - min >= 2 && max - min <= 100 ? { min, max } : null;
}
