import { escapeXml } from './escape';

/** Attribute values: strings are escaped, numbers are rounded to two decimals, `undefined` is left out. */
export type Attrs = Record<string, string | number | undefined>;

/**
 * A fragment of SVG markup that is safe to concatenate. Only the factories below make one, and they
 * escape every text and attribute value, so user text cannot become markup by accident.
 */
export class Markup {
  private constructor(readonly value: string) {}

  /** An element with escaped attributes and already-safe children. */
  static el(name: string, attrs: Attrs = {}, children: readonly Markup[] = []): Markup {
    const attrText = Object.entries(attrs)
      .filter((entry): entry is [string, string | number] => entry[1] !== undefined)
      .map(([key, v]) => ` ${key}="${typeof v === 'number' ? num(v) : escapeXml(v)}"`)
      .join('');
    if (children.length === 0) return new Markup(`<${name}${attrText}/>`);
    return new Markup(`<${name}${attrText}>${children.map((c) => c.value).join('')}</${name}>`);
  }

  /** A text node; the value is escaped. */
  static text(value: string): Markup {
    return new Markup(escapeXml(value));
  }

  /** Several fragments as one, with newlines between them for readable output. */
  static join(parts: readonly Markup[]): Markup {
    return new Markup(parts.map((p) => p.value).join('\n'));
  }

  /** The XML declaration, which cannot be built from `el`. */
  static declaration(): Markup {
    return new Markup('<?xml version="1.0" encoding="UTF-8"?>');
  }
}

/** Shorthand for `Markup.el`. */
export const el = Markup.el;

/** Formats a coordinate: at most two decimals, no `-0`, never exponent notation for map-sized values. */
export function num(value: number): string {
  if (!Number.isFinite(value)) return '0';
  const rounded = Math.round(value * 100) / 100;
  return Object.is(rounded, -0) || rounded === 0 ? '0' : String(rounded);
}
