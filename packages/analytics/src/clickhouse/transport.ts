/**
 * One HTTP POST to ClickHouse on a fresh connection, with Node's http/https modules.
 *
 * Why not fetch: fetch (undici) keeps idle sockets for about 4 s, while ClickHouse 18.16 closes idle
 * keep-alive connections after 3 s (`keep_alive_timeout`). A request sent on such a socket fails with
 * EPIPE or ECONNRESET, and a large INSERT prepared for a few seconds after the previous query reliably
 * hit it. A new connection per request avoids the race; on loopback it costs well under a millisecond.
 */
import type { IncomingMessage } from 'node:http';
import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';

/** A response whose body has not been read yet. */
export interface PendingResponse {
  status: number;
  /** The body as it streams in; read it to the end or call `discard`. */
  body: AsyncIterable<Buffer>;
  discard(): void;
}

/** Reads a whole response body as UTF-8 text. */
export async function readText(response: PendingResponse): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of response.body) chunks.push(chunk);
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * POSTs `body` to `url` and resolves once the status line arrives. Rejects on connection errors and
 * when the connection stays silent for `timeoutMs`; `signal` aborts the request (and its response).
 */
export function post(
  url: URL,
  body: string,
  timeoutMs: number,
  signal?: AbortSignal,
): Promise<PendingResponse> {
  const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    const request = send(
      url,
      {
        method: 'POST',
        agent: false,
        headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Content-Length': Buffer.byteLength(body) },
      },
      (response: IncomingMessage) => {
        resolve({
          status: response.statusCode ?? 0,
          body: response,
          discard: () => response.destroy(),
        });
      },
    );
    request.setTimeout(timeoutMs, () => request.destroy(new Error(`no answer within ${timeoutMs} ms`)));
    request.on('error', reject);
    if (signal !== undefined) {
      // Aborting closes the connection, which also ends a response being read.
      const abort = () => request.destroy(new Error('the request was aborted'));
      if (signal.aborted) abort();
      else signal.addEventListener('abort', abort, { once: true });
      request.on('close', () => signal.removeEventListener('abort', abort));
    }
    request.end(body);
  });
}
