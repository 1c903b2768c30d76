import { seededRandom } from '@waymark/domain';
import { describe, expect, it } from 'vitest';
import type { CsvProblem } from './csv-parser';
import { CsvParser } from './csv-parser';

const FRAGMENTS = ['a', 'bc', ' ', ',', ';', '\t', '"', '""', '\n', '\r\n', '\r', 'ก่', '送貨', 'نمی‌دهد', ''];

/** Writes records as CSV the way RFC 4180 says: quote a field holding a separator, quote or line break. */
function serialize(records: string[][], separator: string, lineEnd: string): string {
  const field = (value: string): string =>
    /["\r\n]/.test(value) || value.includes(separator) ? `"${value.replace(/"/g, '""')}"` : value;
  return records.map((record) => record.map(field).join(separator)).join(lineEnd) + lineEnd;
}

function parseInChunks(text: string, separator: string, cuts: number[]): string[][] {
  const parser = new CsvParser(separator, 1 << 20, (problem: CsvProblem) => {
    throw new Error(`${problem.row}:${problem.column}:${problem.line} ${problem.detail}`);
  });
  const out: string[][] = [];
  let at = 0;
  for (const cut of [...cuts, text.length]) {
    out.push(...parser.feed(text.slice(at, cut)));
    at = cut;
  }
  out.push(...parser.finish());
  return out;
}

describe('CsvParser', () => {
  it('reads back random records written by RFC 4180 rules, however the text is cut into chunks', () => {
    const random = seededRandom(20260301);
    const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
    for (let round = 0; round < 300; round++) {
      const separator = pick([',', '\t', ';']);
      const width = 1 + Math.floor(random() * 4);
      const records = Array.from({ length: 1 + Math.floor(random() * 6) }, () =>
        Array.from({ length: width }, () =>
          Array.from({ length: Math.floor(random() * 4) }, () => pick(FRAGMENTS)).join(''),
        ),
      );
      // A record of one empty field would be written as an empty line, which reads back as [''] anyway.
      const text = serialize(records, separator, pick(['\n', '\r\n']));
      const cuts = Array.from({ length: Math.floor(random() * 5) }, () =>
        Math.floor(random() * text.length),
      ).sort((a, b) => a - b);
      expect(parseInChunks(text, separator, cuts), JSON.stringify(text)).toEqual(records);
    }
  });

  it('splits a CRLF or a doubled quote across chunks correctly, and counts lines', () => {
    expect(parseInChunks('a,"x""y"\r\nb,2\r\n', ',', [5, 9])).toEqual([
      ['a', 'x"y'],
      ['b', '2'],
    ]);
    expect(parseInChunks('a\rb\r\nc\n', ',', [2])).toEqual([['a'], ['b'], ['c']]);
    expect(parseInChunks('a,b', ',', [])).toEqual([['a', 'b']]);
    expect(parseInChunks('a,', ',', [])).toEqual([['a', '']]);
    expect(() => parseInChunks('h\r\n"1\r\n2\r\n', ',', [3])).toThrow(
      '2:1:2 the quoted field that starts here',
    );
    expect(() => parseInChunks('h\n1\n2"\n', ',', [])).toThrow('3:1:3 a quote (")');
  });

  it('refuses a record longer than the limit without holding it', () => {
    const parser = new CsvParser(',', 10, (problem) => {
      throw new Error(`${problem.row} ${problem.detail}`);
    });
    expect(() => parser.feed('short\n' + 'x'.repeat(11))).toThrow('2 the row is longer than 10 characters');
  });
});
