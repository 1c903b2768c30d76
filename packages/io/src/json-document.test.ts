import { serializeDocument } from '@waymark/domain';
import { describe, expect, it } from 'vitest';
import { ImportError } from './import-error';
import { readJourneyDocument } from './json-document';
import { findJsonSyntaxProblem } from '@waymark/domain';
import { SCRIPTS, makeDocument } from './test-documents';

function errorOf(run: () => unknown): ImportError {
  try {
    run();
  } catch (error) {
    if (error instanceof ImportError) return error;
    throw error;
  }
  throw new Error('expected an ImportError');
}

describe('readJourneyDocument', () => {
  it('round-trips a multilingual document byte for byte', () => {
    const doc = makeDocument();
    const text = serializeDocument(doc);
    const read = readJourneyDocument(text, 'map.json');
    expect(read).toEqual(doc);
    expect(serializeDocument(read)).toBe(text);
    for (const sample of Object.values(SCRIPTS)) {
      expect(Buffer.from(JSON.stringify(read), 'utf8').includes(Buffer.from(sample, 'utf8'))).toBe(true);
    }
  });

  it('ignores a byte order mark', () => {
    const doc = makeDocument();
    expect(readJourneyDocument(`\uFEFF${serializeDocument(doc)}`, 'map.json')).toEqual(doc);
  });

  it('names line and column of a syntax error on one line', () => {
    const error = errorOf(() => readJourneyDocument('{\n  "format": "x",\n    oops\n}', 'bad.json'));
    expect(error.message).toBe(
      'bad.json: not valid JSON at line 3, column 5: Unexpected token "o", expected a double-quoted property name',
    );
    expect(error.message).not.toContain('\n');
  });

  it('reports truncated input at its end', () => {
    const error = errorOf(() => readJourneyDocument('{"a": [1, 2', 'cut.json'));
    expect(error.message).toBe(
      "cut.json: not valid JSON at line 1, column 12: Unexpected end of input, expected ',' or ']' after array element",
    );
  });

  it('names the JSON path and the expected values of a bad field', () => {
    const doc = makeDocument();
    const raw = JSON.parse(serializeDocument(doc));
    raw.journey.lanes[2].kind = 'foo';
    const error = errorOf(() => readJourneyDocument(JSON.stringify(raw), 'map.json'));
    expect(error.message).toMatch(
      /^map\.json: \$\.journey\.lanes\[2\]\.kind: expected one of actions, touchpoints, .* \(got "foo"\)$/,
    );
  });

  it('counts further problems on the same line', () => {
    const raw = JSON.parse(serializeDocument(makeDocument()));
    raw.journey.lanes[0].kind = 'foo';
    raw.journey.stages[0].color = 'red';
    const error = errorOf(() => readJourneyDocument(JSON.stringify(raw), 'two.json'));
    expect(error.message).toMatch(/^two\.json: \$\.journey\.\S+: expected .* \(and 1 more problem\)$/);
  });
});

describe('findJsonSyntaxProblem', () => {
  it.each([
    ['[1,,2]', 1, 4, 'Unexpected token ",", expected a value'],
    ['{"a" 1}', 1, 6, 'Unexpected token "1", expected \':\' after property name'],
    ['{"a": "x\u0001"}', 1, 9, 'Bad control character in string literal'],
    ['{"a": 1} z', 1, 10, 'Unexpected token "z" after the JSON value'],
    ['"abc', 1, 1, 'Unterminated string'],
    ['', 1, 1, 'Unexpected end of input, expected a value'],
  ])('%j', (text, line, column, message) => {
    expect(findJsonSyntaxProblem(text)).toEqual({ line, column, message });
  });

  it('finds nothing wrong in valid JSON', () => {
    expect(findJsonSyntaxProblem('{"a": [1, -2.5e3, true, null, "\\u00e9"]}')).toBeUndefined();
  });

  it('reports nesting too deep at its place instead of overflowing the stack', () => {
    expect(findJsonSyntaxProblem('['.repeat(100_000))).toEqual({
      line: 1,
      column: 1002,
      message: 'Nesting is too deep',
    });
    expect(errorOf(() => readJourneyDocument('{"a":'.repeat(50_000), 'deep.json')).message).toBe(
      'deep.json: not valid JSON at line 1, column 5006: Nesting is too deep',
    );
  });
});
