import { describe, expect, it } from 'vitest';
import { collect, textFile } from '../test-inputs';
import { sniffDelimiter } from './csv-rows';
import { openTable } from './open-table';
import { eachRow } from './table';

async function rowsOf(text: string, name = 'test.csv'): Promise<{ row: number; cells: string[] }[]> {
  return collect(eachRow((await openTable(textFile(text, { name }))).batches));
}

describe('CSV rows', () => {
  it('reads quotes, doubled quotes, separators and line breaks inside fields, CRLF and blank lines', async () => {
    const rows = await rowsOf('a,b,c\r\n"x, y","say ""hi""","line 1\r\nline 2"\r\n\r\n1,2,3\r\n');
    expect(rows).toEqual([
      { row: 1, cells: ['a', 'b', 'c'] },
      { row: 2, cells: ['x, y', 'say "hi"', 'line 1\r\nline 2'] },
      { row: 4, cells: ['1', '2', '3'] },
    ]);
  });

  it('sniffs tabs and semicolons from the first record, ignoring quoted separators', async () => {
    expect(sniffDelimiter('a\tb\t"c,d,e"\n1,2,3,4')).toBe('\t');
    expect(sniffDelimiter('a;b;c\n')).toBe(';');
    expect(sniffDelimiter('"a;b",c\n')).toBe(',');
    expect(await rowsOf('q\tr\n"1\t2"\t3\n')).toEqual([
      { row: 1, cells: ['q', 'r'] },
      { row: 2, cells: ['1\t2', '3'] },
    ]);
  });

  it('names the row, column and line of a syntax error', async () => {
    await expect(rowsOf('a,b\n1,"open\n2,3\n', 'open.csv')).rejects.toThrow(
      'open.csv: row 2, column 2 ("b") (line 2): the quoted field that starts here is not closed before the end of the file',
    );
    await expect(rowsOf('name,score\nann,5"x\n', 'quote.csv')).rejects.toThrow(
      'quote.csv: row 2, column 2 ("score") (line 2): a quote (") inside a field that is not quoted: quote the whole field and double the quote',
    );
    await expect(rowsOf('name,score\n"ann"x,5\n', 'close.csv')).rejects.toThrow(
      'close.csv: row 2, column 1 ("name") (line 2): text after the closing quote of a field',
    );
  });
});
