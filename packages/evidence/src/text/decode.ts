import { ImportError } from '@waymark/domain';

/** The text encodings the readers accept. Survey and review exports use one of these. */
export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be';

/**
 * The encoding of a file from its first bytes: a byte-order mark (UTF-8, UTF-16LE as Google Play and
 * Excel's "Unicode text" write it, UTF-16BE), else UTF-16 recognised by its zero bytes when the text
 * is mostly ASCII, else UTF-8.
 */
export function sniffEncoding(head: Uint8Array): TextEncoding {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return 'utf-8';
  if (head[0] === 0xff && head[1] === 0xfe) return 'utf-16le';
  if (head[0] === 0xfe && head[1] === 0xff) return 'utf-16be';
  const pairs = Math.min(head.length >> 1, 2048);
  if (pairs < 2) return 'utf-8';
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < pairs; i++) {
    if (head[2 * i] === 0) evenZeros++;
    if (head[2 * i + 1] === 0) oddZeros++;
  }
  if (oddZeros > pairs * 0.3 && evenZeros < pairs * 0.05) return 'utf-16le';
  if (evenZeros > pairs * 0.3 && oddZeros < pairs * 0.05) return 'utf-16be';
  return 'utf-8';
}

/**
 * Decodes a stream of bytes into text chunks, streaming (a character split across chunks is kept
 * whole). The encoding is sniffed from the first chunk and its byte-order mark dropped. Bytes that are
 * not valid in the encoding, or a NUL character (a binary file), stop with an `ImportError`
 * naming the byte range.
 */
export async function* decodeText(
  chunks: AsyncIterable<Uint8Array>,
  fileName: string,
): AsyncGenerator<string> {
  let decoder: TextDecoder | null = null;
  let encoding: TextEncoding = 'utf-8';
  let offset = 0;
  const decode = (bytes: Uint8Array | undefined, stream: boolean): string => {
    try {
      return decoder!.decode(bytes, { stream });
    } catch {
      const end = offset + (bytes?.byteLength ?? 0);
      throw new ImportError(
        fileName,
        '',
        `is not valid ${encoding.toUpperCase()} text (bytes ${offset}-${end}); save it as UTF-8 or UTF-16`,
      );
    }
  };
  const checked = (text: string): string => {
    if (text.includes('\u0000'))
      throw new ImportError(fileName, '', 'holds NUL characters: expected a text file (CSV, TSV, JSON)');
    return text;
  };
  for await (const chunk of chunks) {
    if (decoder === null) {
      encoding = sniffEncoding(chunk);
      decoder = new TextDecoder(encoding, { fatal: true });
    }
    const text = decode(chunk, true);
    offset += chunk.byteLength;
    if (text) yield checked(text);
  }
  if (decoder === null) return;
  const rest = decode(undefined, false);
  if (rest) yield checked(rest);
}

/** Decodes bytes already in memory to one string (sniffed encoding, as `decodeText`). */
export async function decodeAll(bytes: Uint8Array, fileName: string): Promise<string> {
  async function* one(): AsyncGenerator<Uint8Array> {
    yield bytes;
  }
  let text = '';
  for await (const chunk of decodeText(one(), fileName)) text += chunk;
  return text;
}
