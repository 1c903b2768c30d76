/**
 * Escaping and sanitising of everything user-controlled that reaches the SVG: text, attribute values,
 * colours and image sources. Every string from the model passes through here before it is emitted.
 */

/** True for the code points XML 1.0 allows: tab, LF, CR, U+0020..U+D7FF, U+E000..U+FFFD, U+10000 and up. */
function isXmlChar(code: number): boolean {
  return (
    code === 0x9 ||
    code === 0xa ||
    code === 0xd ||
    (code >= 0x20 && code <= 0xd7ff) ||
    (code >= 0xe000 && code <= 0xfffd) ||
    code >= 0x10000
  );
}

/** Removes characters that XML 1.0 does not allow (most C0 controls, lone surrogates, U+FFFE/U+FFFF). */
export function stripInvalidXmlChars(value: string): string {
  let out = '';
  let changed = false;
  for (const ch of value) {
    if (isXmlChar(ch.codePointAt(0) ?? 0)) out += ch;
    else changed = true;
  }
  return changed ? out : value;
}

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};

/**
 * Escapes text for use in XML text nodes and double- or single-quoted attribute values, after stripping
 * invalid characters. `<img src=x>` becomes `&lt;img src=x&gt;`.
 */
export function escapeXml(value: string): string {
  return stripInvalidXmlChars(value).replace(/[&<>"']/g, (c) => ENTITIES[c] ?? '');
}

const COLOR = /^#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})$/;

/** Returns the colour if it is `#rgb` or `#rrggbb`, otherwise `undefined`, so no other value is emitted. */
export function safeColor(value: string | undefined): string | undefined {
  return value !== undefined && COLOR.test(value) ? value : undefined;
}

/** Raster image types allowed in `data:` URLs. SVG is excluded: an embedded SVG document is not inert in every viewer. */
const DATA_IMAGE = /^data:image\/(png|jpeg|gif|webp|avif);base64,[A-Za-z0-9+/]+={0,2}$/;

/**
 * Returns the image source if it is a base64 `data:` URL of a raster image, otherwise `undefined`.
 * Remote URLs are dropped on purpose: a rendered map must never make a network request.
 */
export function safeImageHref(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const compact = value.replace(/\s+/g, '');
  return DATA_IMAGE.test(compact) ? compact : undefined;
}

const REFERENCES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/**
 * Decodes the XML character and predefined entity references of `text` (the reverse of `escapeXml`,
 * for reading back what the renderer wrote). Unknown references are left as they are.
 */
export function decodeXml(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (whole, ref: string) => {
    if (ref.startsWith('#')) {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : Number(ref.slice(1));
      return Number.isInteger(code) && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return REFERENCES[ref] ?? whole;
  });
}
