import stopwordData from '../../data/stopwords.json' with { type: 'json' };
import vietnamese from '../../data/vi-words.json' with { type: 'json' };
import { segmenter } from './sentences';

/** Languages with a stop-word list in `data/stopwords.json`. */
export const STOPWORD_LANGUAGES = ['en', 'th', 'zh', 'vi', 'fa'] as const;
type StopwordLanguage = (typeof STOPWORD_LANGUAGES)[number];

const isListed = (language: string): language is StopwordLanguage =>
  (STOPWORD_LANGUAGES as readonly string[]).includes(language);

const STOPWORDS = new Map(STOPWORD_LANGUAGES.map((l) => [l, new Set<string>(stopwordData[l])]));
const NEGATIONS = new Map(STOPWORD_LANGUAGES.map((l) => [l, new Set<string>(stopwordData.negations[l])]));
const VIETNAMESE_WORDS = new Set<string>(vietnamese.words);
const LONGEST_VIETNAMESE = Math.max(...vietnamese.words.map((w) => w.split(' ').length));

/**
 * True when `word` (normalised) is a stop word of `language` (negations included); false for
 * languages without a list.
 */
export function isStopword(word: string, language: string): boolean {
  return isListed(language) && ((STOPWORDS.get(language)?.has(word) ?? false) || isNegation(word, language));
}

/** True when `word` is a negation that may start a two-word term ("not working", "ไม่ ส่ง"). */
export function isNegation(word: string, language: string): boolean {
  return isListed(language) && (NEGATIONS.get(language)?.has(word) ?? false);
}

/**
 * A word as terms compare it: NFC, lower case, Arabic ye and kaf as the Persian letters, tatweel
 * dropped (the zero-width non-joiner of Persian compounds is kept), an English possessive `'s` dropped.
 */
export function normalizeWord(word: string, language: string): string {
  let out = word.normalize('NFC').toLocaleLowerCase(language === 'und' ? 'en' : language);
  if (language === 'fa' || language === 'ar')
    out = out.replace(/ي/g, 'ی').replace(/ك/g, 'ک').replace(/ـ/g, '');
  if (language === 'en') out = out.replace(/['’]s$/u, '').replace(/’/g, "'");
  return out;
}

const LETTER = /\p{L}/u;
const BREAK = /[\p{P}\p{S}\n]/u;
const THAI_SPACE = /\s/u;

/**
 * Splits text into runs of normalised words: a run ends at punctuation, a symbol or a line break (and,
 * in Thai, at a space, which separates phrases there), so two-word terms never span a comma or a
 * sentence. Words come from `Intl.Segmenter` (dictionary-based for Thai and Chinese); tokens without a
 * letter (numbers) are dropped; Persian words joined by a zero-width non-joiner stay one word; and
 * Vietnamese syllables are merged into words from `data/vi-words.json`, longest match first.
 */
export function wordRuns(text: string, language: string): string[][] {
  const runs: string[][] = [];
  let run: string[] = [];
  let glue = false;
  const end = (): void => {
    if (run.length) runs.push(language === 'vi' ? mergeVietnamese(run) : run);
    run = [];
  };
  for (const { segment, isWordLike } of segmenter(language, 'word').segment(text)) {
    if (isWordLike) {
      if (!LETTER.test(segment)) {
        end();
        continue;
      }
      const word = normalizeWord(segment, language);
      if (glue && run.length) run[run.length - 1] += `\u200c${word}`;
      else run.push(word);
      glue = false;
    } else if (segment === '\u200c') glue = true;
    else if (BREAK.test(segment) || (language === 'th' && THAI_SPACE.test(segment))) end();
  }
  end();
  return runs;
}

/** Greedy longest-match merge of Vietnamese syllables into the listed words. */
function mergeVietnamese(syllables: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < syllables.length;) {
    let taken = 1;
    for (let size = Math.min(LONGEST_VIETNAMESE, syllables.length - i); size > 1; size--) {
      if (VIETNAMESE_WORDS.has(syllables.slice(i, i + size).join(' '))) {
        taken = size;
        break;
      }
    }
    out.push(syllables.slice(i, i + taken).join(' '));
    i += taken;
  }
  return out;
}

/**
 * The terms of a text for theme extraction, with counts: single words that are not stop words, and
 * pairs of adjacent words in one run where neither is a stop word (the first may be a negation). In
 * Thai, Chinese and Japanese, whose segmenter words are short, runs of three words count too, and
 * terms are written without spaces.
 * `extraStopwords` adds words to drop (corpus-specific ones for languages without a list).
 */
export function termCounts(
  text: string,
  language: string,
  extraStopwords?: ReadonlySet<string>,
): Map<string, number> {
  const counts = new Map<string, number>();
  const add = (term: string): void => void counts.set(term, (counts.get(term) ?? 0) + 1);
  const stop = (word: string): boolean => isStopword(word, language) || (extraStopwords?.has(word) ?? false);
  const joiner = language === 'zh' || language === 'th' || language === 'ja' ? '' : ' ';
  for (const run of wordRuns(text, language)) {
    for (let i = 0; i < run.length; i++) {
      const word = run[i]!;
      if (!stop(word) && [...word].length > (joiner === '' ? 0 : 1)) add(word);
      const next = run[i + 1];
      if (next === undefined || stop(next) || (stop(word) && !isNegation(word, language))) continue;
      add(`${word}${joiner}${next}`);
      const third = run[i + 2];
      if (joiner === '' && third !== undefined && !stop(third)) add(`${word}${next}${third}`);
    }
  }
  return counts;
}
