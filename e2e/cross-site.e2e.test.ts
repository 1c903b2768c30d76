import { createHash } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiClient, endpoints, type ApiClient, type EndpointName } from '@waymark/api';
import { startWaymark, type WaymarkTestServer } from '../scripts/test-servers/waymark';
import { freePort } from '../scripts/test-servers/free-port';
import { launchBrowser } from './fixtures';

/**
 * A page on another origin attacks a running Waymark with real Chromium: every state-changing
 * endpoint of the contract by HTML form post (text/plain and multipart), `no-cors` fetch (text body
 * and multipart upload) and a CORS fetch. Every request that reaches the server is refused with 403,
 * and a dump of everything the stores hold is byte-identical afterwards. A control then sends the
 * same upload without browser headers (as curl would) and it is accepted, so the payloads were real.
 */

const STATE_CHANGING = ['post', 'put', 'delete'];

/** One attack target: an endpoint with its path filled in and a payload it would accept. */
interface Target {
  name: EndpointName;
  method: string;
  url: string;
  /** The JSON body it takes, or undefined for uploads and bodiless endpoints. */
  json?: string;
  /** A file to upload in `file`, with the other form fields. */
  upload?: {
    fileName: string;
    type: string;
    content: string;
    base64: boolean;
    fields: Record<string, string>;
  };
}

/** A 1×1 PNG. */
const PNG_1X1 =
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';

/** Everything the stores hold as the API reads it: workspaces, every revision of every map, trash, personas, events. */
async function dumpStores(api: ApiClient): Promise<string> {
  const journeys = await api.journeys.list();
  const revisions = [];
  for (const summary of journeys) {
    const history = await api.journeys.history(summary.id);
    for (const entry of history) revisions.push(await api.journeys.getRevision(summary.id, entry.revision));
    revisions.push({ history });
  }
  const personas = await api.personas.list();
  return JSON.stringify({
    workspaces: await api.workspaces.list(),
    journeys,
    revisions,
    trash: await api.trash.list(),
    personas,
    events: await api.events.summary(),
    variants: await api.analytics.variants({}),
  });
}

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** Serves a blank page (the attacker's site) on `port`; its script is run through `page.evaluate`. */
async function attackerSite(port: number): Promise<Server> {
  const server = createServer((_, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end('<!doctype html><html><head><title>Totally unrelated site</title></head><body></body></html>');
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return server;
}

/** Runs every attack on every target from inside `page`; returns what each fetch did. */
async function attackFrom(page: Page, targets: Target[]): Promise<string[]> {
  return page.evaluate(async (list) => {
    const results: string[] = [];
    const fileOf = (upload: NonNullable<(typeof list)[number]['upload']>): File => {
      const bytes = upload.base64
        ? Uint8Array.from(atob(upload.content), (ch) => ch.charCodeAt(0))
        : new TextEncoder().encode(upload.content);
      return new File([bytes], upload.fileName, { type: upload.type });
    };
    const formData = (target: (typeof list)[number]): FormData => {
      const data = new FormData();
      if (target.upload) {
        for (const [key, value] of Object.entries(target.upload.fields)) data.set(key, value);
        data.set('file', fileOf(target.upload));
      }
      return data;
    };
    const submitForm = async (target: (typeof list)[number], multipart: boolean): Promise<void> => {
      const frame = document.createElement('iframe');
      frame.name = `f${Math.random().toString(36).slice(2)}`;
      document.body.appendChild(frame);
      const form = document.createElement('form');
      form.method = 'POST';
      form.action = target.url;
      form.target = frame.name;
      form.enctype = multipart ? 'multipart/form-data' : 'text/plain';
      if (multipart && target.upload) {
        for (const [key, value] of Object.entries(target.upload.fields)) {
          const input = document.createElement('input');
          input.name = key;
          input.value = value;
          form.appendChild(input);
        }
        const input = document.createElement('input');
        input.type = 'file';
        input.name = 'file';
        const files = new DataTransfer();
        files.items.add(fileOf(target.upload));
        input.files = files.files;
        form.appendChild(input);
      } else {
        // The classic JSON smuggling: name + "=" + value is the JSON text.
        const input = document.createElement('input');
        const json = target.json ?? '{}';
        input.name = json.slice(0, -1) + ',"x":"';
        input.value = '"}';
        form.appendChild(input);
      }
      document.body.appendChild(form);
      const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
      form.submit();
      await Promise.race([loaded, new Promise((resolve) => setTimeout(resolve, 3000))]);
    };
    for (const target of list) {
      await submitForm(target, false);
      await submitForm(target, true);
      const attempts: [string, RequestInit][] = [
        [
          'no-cors text',
          {
            method: 'POST',
            mode: 'no-cors',
            body: target.json ?? '{}',
            headers: { 'content-type': 'text/plain' },
          },
        ],
        ['no-cors multipart', { method: 'POST', mode: 'no-cors', body: formData(target) }],
        ['no-cors own method', { method: target.method, mode: 'no-cors', body: target.json ?? '{}' }],
        [
          'cors json',
          {
            method: target.method,
            mode: 'cors',
            body: target.json ?? '{}',
            headers: { 'content-type': 'application/json' },
          },
        ],
      ];
      for (const [how, init] of attempts) {
        try {
          const res = await fetch(init.mode === 'cors' ? `${target.url}?attack=cors` : target.url, init);
          results.push(`${target.name} ${how}: ${res.type} ${res.status}`);
        } catch (error) {
          results.push(`${target.name} ${how}: failed (${(error as Error).name})`);
        }
      }
    }
    return results;
  }, targets);
}

describe('a page on another origin cannot change anything', () => {
  let waymark: WaymarkTestServer;
  let attacker: Server;
  let attackerPort: number;
  let browser: Browser;
  let api: ApiClient;
  let targets: Target[];

  beforeAll(async () => {
    waymark = await startWaymark({ NODE_ENV: 'production' });
    api = createApiClient(waymark.url);
    attackerPort = await freePort();
    attacker = await attackerSite(attackerPort);
    browser = await launchBrowser();

    const [journey] = await api.journeys.list();
    const [persona] = await api.personas.list();
    if (!journey || !persona) throw new Error('the demo workspace has no map or persona');
    const stored = await api.journeys.get(journey.id);
    const documentText = (await (await api.journeys.export(journey.id, 'json')).text()).replace(
      JSON.stringify(stored.journey.title),
      JSON.stringify('OVERWRITTEN BY ATTACKER PAGE'),
    );
    const ids: Record<string, string> = { id: journey.id, revision: '1' };
    const payloads: Partial<Record<EndpointName, Omit<Target, 'name' | 'method' | 'url'>>> = {
      createWorkspace: { json: JSON.stringify({ id: 'attacker', name: 'Attacker', locale: 'en' }) },
      createJourney: { json: JSON.stringify({ templateId: 'current-state', title: 'ATTACKER' }) },
      saveJourney: {
        json: JSON.stringify({
          journey: { ...stored.journey, title: 'OVERWRITTEN BY ATTACKER PAGE', stages: [] },
          baseRevision: stored.revision,
        }),
      },
      labelRevision: { json: JSON.stringify({ label: 'ATTACKER' }) },
      restoreJourney: { json: JSON.stringify({ revision: 1, baseRevision: stored.revision }) },
      savePersona: {
        json: JSON.stringify({
          persona: { ...persona.persona, name: 'ATTACKER' },
          baseRevision: persona.revision,
        }),
      },
      importJourney: {
        upload: {
          fileName: 'map.json',
          type: 'application/json',
          content: documentText,
          base64: false,
          fields: { force: 'true' },
        },
      },
      uploadAvatar: {
        upload: { fileName: 'a.png', type: 'image/png', content: PNG_1X1, base64: true, fields: {} },
      },
      uploadImage: {
        upload: { fileName: 'b.png', type: 'image/png', content: PNG_1X1, base64: true, fields: {} },
      },
      importEvents: {
        upload: {
          fileName: 'events.csv',
          type: 'text/csv',
          content: 'user_id,event,timestamp\nattacker,injected_by_attacker,2024-01-01T00:00:00Z\n',
          base64: false,
          fields: {},
        },
      },
    };
    const names = Object.keys(endpoints).filter((key): key is EndpointName => key in endpoints);
    targets = names
      .filter((name) => STATE_CHANGING.includes(endpoints[name].method))
      .map((name) => {
        const config = endpoints[name];
        const personaPath = config.path.startsWith('/api/personas/');
        const path = config.path.replace(/\{(\w+)\}/g, (_, key: string) =>
          key === 'id' && personaPath ? persona.persona.id : (ids[key] ?? 'x'),
        );
        return { name, method: config.method.toUpperCase(), url: `${waymark.url}${path}`, ...payloads[name] };
      });
  });

  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => attacker?.close(resolve));
    await waymark?.stop();
  });

  it('covers every state-changing endpoint of the contract', () => {
    expect(targets.map((t) => t.name).sort()).toEqual(
      Object.entries(endpoints)
        .filter(([, config]) => STATE_CHANGING.includes(config.method))
        .map(([name]) => name)
        .sort(),
    );
    expect(targets.length).toBeGreaterThanOrEqual(20);
  });

  // 127.0.0.1 on another port is the same site but another origin; localhost is another site.
  it.each(['127.0.0.1', 'localhost'])(
    'refuses every form post, no-cors fetch and upload from http://%s:<other port>',
    async (attackerHost) => {
      const before = await dumpStores(api);
      const context = await browser.newContext();
      const page = await context.newPage();
      // What the browser sent, and what the server logged: one line per refused request.
      const sent: string[] = [];
      page.on('request', (request) => {
        const url = new URL(request.url());
        // A CORS request is reported even when its preflight fails and it is never sent.
        const preflighted = url.searchParams.get('attack') === 'cors';
        if (
          url.origin === waymark.url &&
          STATE_CHANGING.includes(request.method().toLowerCase()) &&
          !preflighted
        ) {
          sent.push(`${request.method()} ${url.pathname}`);
        }
      });
      const logStart = waymark.output().length;
      await page.goto(`http://${attackerHost}:${attackerPort}/`);
      const results = await attackFrom(page, targets);
      await context.close();
      const refusedLines = () =>
        waymark
          .output()
          .slice(logStart)
          .split('\n')
          .filter((line) => / 403 refused a /.test(line));

      // Each target got two form posts and at least two no-cors POSTs through to the server.
      expect(sent.length).toBeGreaterThanOrEqual(targets.length * 4);
      await expect.poll(() => refusedLines().length).toBe(sent.length);
      // Every request that reached the server was refused: a 403 line for each, and nothing else logged.
      expect(
        refusedLines()
          .map((line) => line.replace(/: 403 .*/, ''))
          .sort(),
      ).toEqual([...sent].sort());
      // The page never reads an answer: CORS fetches fail their preflight, no-cors ones are blocked.
      expect(results.filter((line) => !line.endsWith('failed (TypeError)'))).toEqual([]);

      const after = await dumpStores(api);
      expect(sha256(after)).toBe(sha256(before));
      expect(after).not.toContain('ATTACKER');
      expect(after).not.toContain('injected_by_attacker');
    },
  );

  it('control: the same upload without browser headers (curl, the CLI) is accepted', async () => {
    const target = targets.find((t) => t.name === 'importJourney');
    if (!target?.upload) throw new Error('no import target');
    const form = new FormData();
    for (const [key, value] of Object.entries(target.upload.fields)) form.set(key, value);
    form.set('file', new File([target.upload.content], target.upload.fileName, { type: target.upload.type }));
    const res = await fetch(target.url, { method: 'POST', body: form });
    expect(res.status).toBe(200);
    expect(await dumpStores(api)).toContain('OVERWRITTEN BY ATTACKER PAGE');
  });
});
