/** Characters never allowed in a file name on Windows, macOS or Linux, plus controls. */
const UNSAFE = /[\\/:*?"<>|\u0000-\u001f\u007f\u200b-\u200f\u202a-\u202e\u2066-\u2069]/g;

/** Longest base name kept, in code points (leaves room for the extension under 255 bytes of UTF-8). */
const MAX_LENGTH = 80;

/**
 * A download file name for a map: its title with path separators, reserved characters, controls
 * and bidi overrides removed, whitespace collapsed to single hyphens, in any script (Thai, Chinese
 * and Persian titles stay readable), cut at 80 code points, then `.ext`. Falls back to `fallback`
 * (the journey id) when nothing is left.
 * Trap: the browser may still rename a file it considers dangerous; this is a courtesy, not a guard.
 */
export function exportFileName(title: string, extension: string, fallback = 'journey'): string {
  const cleaned = title
    .normalize('NFC')
    .replace(UNSAFE, ' ')
    .replace(/\s+/gu, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^[-.]+|[-.]+$/g, '');
  const cut = Array.from(cleaned).slice(0, MAX_LENGTH).join('').replace(/[-.]+$/g, '');
  return `${cut || fallback}.${extension}`;
}
