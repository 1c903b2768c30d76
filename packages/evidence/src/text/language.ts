import { detectAll } from 'tinyld';

/** The language code for text whose language cannot be told (no text, no declared language). */
export const UNDETERMINED = 'und';

/**
 * A declared language tag (`zh_TW`, `en-US`, `TH`, `zh-Hant`) as the two-letter ISO 639-1 code the
 * summaries use (`zh` for every Chinese), or null when it is empty or not a language tag.
 */
export function languageCode(tag: string | undefined): string | null {
  const primary = (tag ?? '').trim().toLowerCase().split(/[-_]/)[0] ?? '';
  if (/^[a-z]{2}$/.test(primary)) return primary;
  const three: Record<string, string> = {
    zho: 'zh',
    cmn: 'zh',
    tha: 'th',
    vie: 'vi',
    fas: 'fa',
    per: 'fa',
    eng: 'en',
  };
  return three[primary] ?? null;
}

const SCRIPTS = {
  thai: /\p{Script=Thai}/gu,
  han: /\p{Script=Han}/gu,
  kana: /[\p{Script=Hiragana}\p{Script=Katakana}]/gu,
  hangul: /\p{Script=Hangul}/gu,
  arabic: /\p{Script=Arabic}/gu,
  letter: /\p{L}/gu,
};
/** Letters Persian uses and Arabic does not (pe, che, zhe, gaf, Persian kaf and ye). */
const PERSIAN_LETTERS = /[پچژگکی]/u;
/** Latin letters only Vietnamese uses among our languages. */
const VIETNAMESE_LETTERS = /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/iu;

const count = (text: string, pattern: RegExp): number => text.match(pattern)?.length ?? 0;

/** tinyld's score from which its first guess is taken as is. */
const SURE = 0.5;

/**
 * The language of a review or answer as an ISO 639-1 code (`zh` for Chinese): the script settles
 * Thai, Chinese, Japanese and Korean; tinyld (offline, n-gram based) decides the rest, with Persian
 * told from Arabic by its own letters. When tinyld is unsure (short text: "Great", "ok"), the declared
 * language is used, else Vietnamese when the text has its letters, else English when tinyld ranks it
 * at all, else `und`; text without letters (empty, a number) takes the declared language or `und`.
 */
export function detectLanguage(text: string, declared?: string): string {
  const fallback = languageCode(declared) ?? UNDETERMINED;
  const letters = count(text, SCRIPTS.letter);
  if (letters === 0) return fallback;
  if (count(text, SCRIPTS.thai) * 2 > letters) return 'th';
  if (count(text, SCRIPTS.hangul) * 2 > letters) return 'ko';
  const han = count(text, SCRIPTS.han);
  const kana = count(text, SCRIPTS.kana);
  if (kana > 0 && (han + kana) * 2 > letters) return 'ja';
  if (han * 2 > letters) return 'zh';
  const ranked = detectAll(text);
  const best = ranked[0];
  const detected = best && best.accuracy >= SURE ? best.lang : '';
  if (count(text, SCRIPTS.arabic) * 2 > letters) {
    if (detected === 'fa' || detected === 'ar' || detected === 'ur') return detected;
    return PERSIAN_LETTERS.test(text) ? 'fa' : 'ar';
  }
  if (detected) return detected;
  if (fallback !== UNDETERMINED) return fallback;
  if (VIETNAMESE_LETTERS.test(text)) return 'vi';
  return ranked.some((r) => r.lang === 'en') ? 'en' : UNDETERMINED;
}
