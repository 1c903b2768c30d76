const PLAIN = /^\s*[+-]?(?:\d+(?:\.\d*)?|\.\d+)\s*$/;
const LABELLED = /^\s*([+-]?\d+(?:\.\d+)?)\s*[-–—:=)]\s*\p{L}/u;
/** Digit blocks other than ASCII that survey exports in our languages may use. */
const DIGIT_ZEROS = [
  0x0e50 /* Thai */, 0x06f0 /* Persian */, 0x0660 /* Arabic-Indic */, 0xff10 /* full width */,
];

/** Replaces Thai, Persian, Arabic-Indic and full-width digits, the Arabic decimal sign and − with ASCII. */
export function asciiDigits(text: string): string {
  let out = '';
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    const zero = DIGIT_ZEROS.find((z) => code >= z && code <= z + 9);
    if (zero !== undefined) out += String(code - zero);
    else if (char === '\u066b') out += '.';
    else if (char === '\u2212') out += '-';
    else out += char;
  }
  return out;
}

/**
 * An answer read as a number, or null when it is not one: `7`, ` 8.5 `, `-2`, Thai or Persian digits
 * (`๙`, `۱۰`), and a number followed by its label (`10 - Extremely likely`, `5 = Very satisfied`,
 * `1: Not at all`). Anything else (`N/A`, `1 - 2 times`, `3 stars`) is text.
 */
export function answerNumber(text: string): number | null {
  if (text === '') return null;
  if (PLAIN.test(text)) return Number(text);
  const ascii = /[^\x20-\x7e]/.test(text) ? asciiDigits(text) : text;
  if (ascii !== text && PLAIN.test(ascii)) return Number(ascii);
  const labelled = LABELLED.exec(ascii);
  return labelled ? Number(labelled[1]) : null;
}
