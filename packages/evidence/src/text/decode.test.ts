import { describe, expect, it } from 'vitest';
import { collect } from '../test-inputs';
import { decodeAll, decodeText, sniffEncoding } from './decode';

async function* chunks(...parts: number[][]): AsyncGenerator<Uint8Array> {
  for (const part of parts) yield Uint8Array.from(part);
}

describe('decodeText', () => {
  it('sniffs byte-order marks and drops them', async () => {
    expect(sniffEncoding(Uint8Array.from([0xef, 0xbb, 0xbf, 0x61]))).toBe('utf-8');
    expect(sniffEncoding(Uint8Array.from([0xff, 0xfe, 0x61, 0]))).toBe('utf-16le');
    expect(sniffEncoding(Uint8Array.from([0xfe, 0xff, 0, 0x61]))).toBe('utf-16be');
    expect(
      await decodeAll(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('ดีมาก,送貨', 'utf16le')]), 'f'),
    ).toBe('ดีมาก,送貨');
    expect(await decodeAll(Buffer.from('\ufeffabc', 'utf8'), 'f')).toBe('abc');
    const be = Buffer.from('hi', 'utf16le').swap16();
    expect(await decodeAll(Buffer.concat([Buffer.from([0xfe, 0xff]), be]), 'f')).toBe('hi');
  });

  it('recognises UTF-16LE without a byte-order mark from its zero bytes', async () => {
    const bytes = Buffer.from('Package Name,Star Rating\n', 'utf16le');
    expect(sniffEncoding(bytes)).toBe('utf-16le');
    expect(await decodeAll(bytes, 'f')).toBe('Package Name,Star Rating\n');
  });

  it('keeps a character split across chunks whole', async () => {
    const thai = [...Buffer.from('ก', 'utf8')];
    const text = await collect(decodeText(chunks([0x61, thai[0]!], [thai[1]!, thai[2]!, 0x62]), 'f'));
    expect(text.join('')).toBe('aกb');
  });

  it('refuses bytes that are not valid text, and binary files', async () => {
    await expect(decodeAll(Uint8Array.from([0x61, 0xff, 0x62]), 'bad.csv')).rejects.toThrow(
      /^bad\.csv: is not valid UTF-8 text \(bytes 0-3\); save it as UTF-8 or UTF-16$/,
    );
    await expect(decodeAll(Buffer.from('name,score\nann,\u00005\n', 'utf8'), 'bin.csv')).rejects.toThrow(
      'bin.csv: holds NUL characters',
    );
  });
});
