import { HOSTILE_WORKBOOKS } from '@waymark/io/hostile-workbooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { peakRssBytes, resetPeakRss } from '../../../../scripts/test-servers/peak-memory';
import { startWaymark, type WaymarkTestServer } from '../../../../scripts/test-servers/waymark';

/**
 * Hostile workbooks against the real server process: each upload is refused with a 413 and one line
 * within seconds, the server's peak resident memory (read from /proc, outside the process) stays
 * under 1.5 GB throughout, and a funnel answers within 2 s after each.
 */

const GiB = 1024 ** 3;
let server: WaymarkTestServer;
const files = new Map<string, Buffer>();

beforeAll(async () => {
  server = await startWaymark();
  for (const hostile of HOSTILE_WORKBOOKS) files.set(hostile.name, hostile.build());
  resetPeakRss(server.pid);
}, 240_000);

afterAll(async () => {
  await server?.stop();
});

async function upload(
  name: string,
  bytes: Uint8Array<ArrayBuffer>,
): Promise<{ status: number; body: unknown; seconds: number }> {
  const form = new FormData();
  form.set(
    'file',
    new File([bytes], name, { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }),
  );
  const started = performance.now();
  const response = await fetch(`${server.url}/api/import`, { method: 'POST', body: form });
  return {
    status: response.status,
    body: await response.json(),
    seconds: (performance.now() - started) / 1000,
  };
}

async function funnelSeconds(): Promise<number> {
  const started = performance.now();
  const response = await fetch(`${server.url}/api/analytics/funnel`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ steps: [[{ type: 'event_equals', event: 'purchase' }]], windowSeconds: 86_400 }),
  });
  expect(response.status).toBe(200);
  await response.json();
  return (performance.now() - started) / 1000;
}

/** What each hostile upload measured, printed after the file for the closing note. */
const figures: string[] = [];
afterAll(() => {
  if (figures.length > 0) console.info(`hostile workbooks:\n${figures.join('\n')}`);
});

describe('POST /api/import with hostile workbooks', () => {
  it("uses the issue's inputs: 16.8 MB of 1,048,576 rows, and 0.42 MB holding one 400 MB string", () => {
    expect(((files.get('million')?.length ?? 0) / 1e6).toFixed(1)).toBe('16.8');
    expect(((files.get('string')?.length ?? 0) / 1e6).toFixed(2)).toBe('0.42');
  });

  it.each(HOSTILE_WORKBOOKS)(
    '$name: 413 with one line, the server stays small and answers',
    async ({ name, message }) => {
      const { status, body, seconds } = await upload(`${name}.xlsx`, new Uint8Array(files.get(name) ?? []));
      expect(status).toBe(413);
      expect(body).toEqual({
        error: { code: 'payload_too_large', message: `${name}.xlsx: ${message}`, path: 'body.file' },
      });
      expect(seconds).toBeLessThan(20);
      const funnel = await funnelSeconds();
      expect(funnel).toBeLessThan(2);
      expect(server.alive()).toBe(true);
      const peak = peakRssBytes(server.pid);
      expect(peak).toBeLessThan(1.5 * GiB);
      figures.push(
        `${name}.xlsx (${((files.get(name)?.length ?? 0) / 1e6).toFixed(2)} MB): 413 in ${seconds.toFixed(2)} s, ` +
          `funnel after it ${funnel.toFixed(2)} s, server peak RSS so far ${(peak / 1024 ** 2).toFixed(0)} MiB`,
      );
    },
  );

  it('a workbook exported by the server still imports (through the worker)', async () => {
    const list = (await (await fetch(`${server.url}/api/journeys`)).json()) as { id: string }[];
    const id = list[0]?.id;
    const exported = await fetch(`${server.url}/api/journeys/${id}/export/xlsx`);
    expect(exported.status).toBe(200);
    const { status, body } = await upload('map.xlsx', new Uint8Array(await exported.arrayBuffer()));
    expect(status).toBe(200);
    expect(body).toMatchObject({ journey: { journey: { id } }, changed: false });
    expect(peakRssBytes(server.pid)).toBeLessThan(1.5 * GiB);
  });
});
