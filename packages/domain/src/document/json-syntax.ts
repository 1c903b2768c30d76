/**
 * Finds where a JSON text stops being valid and says why, as a line and column a person can go to.
 * `JSON.parse` on Node 20 gives an offset only for some errors ("Unexpected token 'x', "<the whole
 * text>" is not valid JSON" has none), so this scanner walks the text itself. Call it only after
 * `JSON.parse` failed; it does not build values.
 */

/** Where a JSON text is broken: 1-based line and column (counted in UTF-16 units) and a short reason. */
export interface JsonSyntaxProblem {
  line: number;
  column: number;
  message: string;
}

/**
 * Deepest nesting the scanner follows before it reports "Nesting is too deep". The scanner recurses
 * (two frames a level), so this stays well inside Node's default stack: 5000 overflowed it.
 */
const MAX_DEPTH = 1000;

/** Returns the first syntax problem in `text`, or `undefined` if the scanner finds none. */
export function findJsonSyntaxProblem(text: string): JsonSyntaxProblem | undefined {
  const scanner = new Scanner(text);
  try {
    scanner.skipSpace();
    scanner.value(0);
    scanner.skipSpace();
    if (scanner.pos < text.length)
      scanner.fail(`Unexpected ${describe(text, scanner.pos)} after the JSON value`);
    return undefined;
  } catch (error) {
    if (!(error instanceof SyntaxProblem)) throw error;
    const { line, column } = lineAndColumn(text, error.offset);
    return { line, column, message: error.message };
  }
}

/** Converts a UTF-16 offset into a 1-based line and column. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

class SyntaxProblem extends Error {
  constructor(
    readonly offset: number,
    message: string,
  ) {
    super(message);
  }
}

function describe(text: string, pos: number): string {
  if (pos >= text.length) return 'end of input';
  const ch = String.fromCodePoint(text.codePointAt(pos) ?? 0);
  return `token ${JSON.stringify(ch)}`;
}

class Scanner {
  pos = 0;
  constructor(private readonly text: string) {}

  fail(message: string, at = this.pos): never {
    throw new SyntaxProblem(at, message);
  }

  skipSpace(): void {
    while (this.pos < this.text.length && ' \t\n\r'.includes(this.text.charAt(this.pos))) this.pos++;
  }

  value(depth: number): void {
    if (depth > MAX_DEPTH) this.fail('Nesting is too deep');
    const ch = this.text.charAt(this.pos);
    if (ch === '{') return this.object(depth);
    if (ch === '[') return this.array(depth);
    if (ch === '"') return this.string();
    if (ch === '-' || (ch >= '0' && ch <= '9')) return this.number();
    for (const word of ['true', 'false', 'null']) {
      if (this.text.startsWith(word, this.pos)) {
        this.pos += word.length;
        return;
      }
    }
    this.fail(`Unexpected ${describe(this.text, this.pos)}, expected a value`);
  }

  private object(depth: number): void {
    this.pos++;
    this.skipSpace();
    if (this.text.charAt(this.pos) === '}') {
      this.pos++;
      return;
    }
    for (;;) {
      this.skipSpace();
      if (this.text.charAt(this.pos) !== '"') {
        this.fail(`Unexpected ${describe(this.text, this.pos)}, expected a double-quoted property name`);
      }
      this.string();
      this.skipSpace();
      if (this.text.charAt(this.pos) !== ':') {
        this.fail(`Unexpected ${describe(this.text, this.pos)}, expected ':' after property name`);
      }
      this.pos++;
      this.skipSpace();
      this.value(depth + 1);
      if (this.closes('}', 'property value')) return;
    }
  }

  private array(depth: number): void {
    this.pos++;
    this.skipSpace();
    if (this.text.charAt(this.pos) === ']') {
      this.pos++;
      return;
    }
    for (;;) {
      this.skipSpace();
      this.value(depth + 1);
      if (this.closes(']', 'array element')) return;
    }
  }

  /** After an entry: consumes `,` (false: another entry follows) or `close` (true), else fails. */
  private closes(close: '}' | ']', after: string): boolean {
    this.skipSpace();
    const next = this.text.charAt(this.pos);
    if (next === ',' || next === close) {
      this.pos++;
      return next === close;
    }
    return this.fail(
      `Unexpected ${describe(this.text, this.pos)}, expected ',' or '${close}' after ${after}`,
    );
  }

  private string(): void {
    const start = this.pos;
    this.pos++;
    while (this.pos < this.text.length) {
      const code = this.text.charCodeAt(this.pos);
      if (code === 34) {
        this.pos++;
        return;
      }
      if (code < 0x20) this.fail('Bad control character in string literal');
      if (code === 92) {
        const esc = this.text.charAt(this.pos + 1);
        if (esc === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(this.text.slice(this.pos + 2, this.pos + 6))) {
            this.fail('Bad Unicode escape in string literal');
          }
          this.pos += 6;
          continue;
        }
        if (!'"\\/bfnrt'.includes(esc) || esc === '') this.fail('Bad escaped character in string literal');
        this.pos += 2;
        continue;
      }
      this.pos++;
    }
    this.fail('Unterminated string', start);
  }

  private number(): void {
    const match = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(this.text.slice(this.pos, this.pos + 400));
    if (!match || match[0] === '-') this.fail('Bad number');
    this.pos += match[0].length;
  }
}
