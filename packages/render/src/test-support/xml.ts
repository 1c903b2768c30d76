/**
 * A tiny strict XML reader for tests (Node has no DOMParser): checks well-formedness (one root, matched
 * tags, quoted attributes, known entities only, no raw `<` or `&` in text, only XML 1.0 characters) and
 * returns the element tree for structural queries. Throws with the offset of the first problem.
 */

/** One parsed element. */
export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: XmlElement[];
  /** Decoded text directly inside this element. */
  text: string;
}

const NAME = /^[A-Za-z_][\w.:-]*/;
const ENTITY = /^&(amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);/;
const INVALID = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;

function decode(raw: string, at: number): string {
  let out = '';
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i];
    if (c === '<') throw new Error(`xml: raw "<" in text or attribute at ${at + i}`);
    if (c !== '&') {
      out += c;
      continue;
    }
    const m = ENTITY.exec(raw.slice(i));
    if (m === null || m[1] === undefined) throw new Error(`xml: bad entity at ${at + i}`);
    const e = m[1];
    out +=
      e === 'amp'
        ? '&'
        : e === 'lt'
          ? '<'
          : e === 'gt'
            ? '>'
            : e === 'quot'
              ? '"'
              : e === 'apos'
                ? "'"
                : String.fromCodePoint(
                    e.startsWith('#x') ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10),
                  );
    i += m[0].length - 1;
  }
  return out;
}

/** Parses a document; throws on the first well-formedness error. */
export function parseXml(source: string): XmlElement {
  const bad = INVALID.exec(source);
  if (bad !== null)
    throw new Error(
      `xml: character U+${(bad[0].codePointAt(0) ?? 0).toString(16)} not allowed at ${bad.index}`,
    );
  let i = 0;
  if (source.startsWith('<?xml')) i = source.indexOf('?>') + 2;
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  while (i < source.length) {
    const lt = source.indexOf('<', i);
    const textEnd = lt === -1 ? source.length : lt;
    const text = decode(source.slice(i, textEnd), i);
    const top = stack[stack.length - 1];
    if (top !== undefined) top.text += text;
    else if (text.trim() !== '') throw new Error(`xml: text outside the root at ${i}`);
    if (lt === -1) break;
    i = lt;
    if (source.startsWith('<!--', i)) {
      const end = source.indexOf('-->', i);
      if (end === -1) throw new Error(`xml: unclosed comment at ${i}`);
      i = end + 3;
      continue;
    }
    if (source.startsWith('</', i)) {
      const name = NAME.exec(source.slice(i + 2))?.[0];
      const open = stack.pop();
      if (name === undefined || open?.name !== name)
        throw new Error(`xml: unexpected </${name ?? '?'}> at ${i}`);
      i = source.indexOf('>', i) + 1;
      continue;
    }
    const name = NAME.exec(source.slice(i + 1))?.[0];
    if (name === undefined) throw new Error(`xml: bad tag at ${i}`);
    i += 1 + name.length;
    const el: XmlElement = { name, attrs: {}, children: [], text: '' };
    for (;;) {
      const ws = /^\s*/.exec(source.slice(i))?.[0].length ?? 0;
      i += ws;
      if (source.startsWith('/>', i) || source.startsWith('>', i)) break;
      if (ws === 0) throw new Error(`xml: expected whitespace before attribute at ${i}`);
      const attr = /^([A-Za-z_][\w.:-]*)="([^"]*)"/.exec(source.slice(i));
      if (attr === null || attr[1] === undefined || attr[2] === undefined)
        throw new Error(`xml: bad attribute at ${i}`);
      if (attr[1] in el.attrs) throw new Error(`xml: duplicate attribute ${attr[1]} at ${i}`);
      el.attrs[attr[1]] = decode(attr[2], i);
      i += attr[0].length;
    }
    const parent = stack[stack.length - 1];
    if (parent !== undefined) parent.children.push(el);
    else if (root === undefined) root = el;
    else throw new Error(`xml: second root element at ${i}`);
    if (source.startsWith('/>', i)) i += 2;
    else {
      i += 1;
      stack.push(el);
    }
  }
  if (stack.length > 0 || root === undefined) throw new Error('xml: unclosed elements or no root');
  return root;
}

/** Every element in the tree (depth first), optionally only those named `name`. */
export function findAll(root: XmlElement, name?: string): XmlElement[] {
  const out: XmlElement[] = [];
  const walk = (el: XmlElement): void => {
    if (name === undefined || el.name === name) out.push(el);
    el.children.forEach(walk);
  };
  walk(root);
  return out;
}

/** The text of every `<text>` element, without bidi isolate marks. */
export function texts(root: XmlElement): string[] {
  return findAll(root, 'text').map((t) => t.text.replace(/[\u2066-\u2069]/g, ''));
}
