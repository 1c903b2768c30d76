/** Characters never allowed in a file name on Windows, macOS or Linux. */
const RESERVED = /[\\/:*?"<>|]/g;

/**
 * Controls, zero-width spaces and bidi marks and overrides (they can disguise an extension). The
 * zero-width (non-)joiners stay: Persian words need them.
 */
function isInvisible(codePoint: number): boolean {
  return (
    codePoint < 0x20 ||
    codePoint === 0x7f ||
    codePoint === 0x200b ||
    codePoint === 0x200e ||
    codePoint === 0x200f ||
    (codePoint >= 0x202a && codePoint <= 0x202e) ||
    (codePoint >= 0x2066 && codePoint <= 0x2069)
  );
}

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
  const visible = Array.from(title.normalize('NFC'), (ch) =>
    isInvisible(ch.codePointAt(0) ?? 0) ? ' ' : ch,
  ).join('');
  const cleaned = visible
    .replace(RESERVED, ' ')
    .replace(/\s+/gu, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^[-.]+|[-.]+$/g, '');
  const cut = Array.from(cleaned)
    .slice(0, MAX_LENGTH)
    .join('')
    .replace(/[-.]+$/g, '');
  return `${cut || fallback}.${extension}`;
}
