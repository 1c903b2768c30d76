import { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../app';
import { errorOf, openTestApp } from '../test/harness';
import type { TestApp } from '../test/harness';
import { handleError } from './errors';
import { SECURITY_HEADERS, parseAllowedHosts, requestGuards } from './request-guards';

let t: TestApp;
beforeAll(async () => {
  t = await openTestApp();
});
afterAll(async () => {
  await t.close();
});

/** A GET of the health endpoint with `Host` set as a browser would (the URL's authority). */
function healthAt(authority: string, app = t.app): Promise<Response> {
  return Promise.resolve(app.request(`http://${authority}/api/health`));
}

/** A state-changing request (create a workspace) with the given browser headers. */
function createWorkspace(headers: Record<string, string>, id: string): Promise<Response> {
  return Promise.resolve(
    t.app.request('http://localhost:8080/api/workspaces', {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ id, name: 'Attacker', locale: 'en' }),
    }),
  );
}

describe('Host header (DNS rebinding)', () => {
  it.each(['localhost', 'localhost:8080', '127.0.0.1:41234', '[::1]:8080', 'LOCALHOST:8080'])(
    'serves %s',
    async (authority) => {
      expect((await healthAt(authority)).status).toBe(200);
    },
  );

  it.each(['evil.example:8080', 'evil.example', '127.0.0.2:8080', 'localhost.evil.example', '0.0.0.0:8080'])(
    'answers 421 to %s, naming the host and WAYMARK_HOSTS',
    async (authority) => {
      const res = await healthAt(authority);
      expect(res.status).toBe(421);
      const error = await errorOf(res);
      expect(error).toMatchObject({ code: 'misdirected_request', path: 'headers.host' });
      expect(error.message).toContain(authority.toLowerCase());
      expect(error.message).toContain('WAYMARK_HOSTS');
      expect(error.message).not.toContain('\n');
    },
  );

  it('refuses a foreign host before anything else, static pages and writes too', async () => {
    expect((await t.app.request('http://evil.example/')).status).toBe(421);
    const write = await t.app.request('http://evil.example:8080/api/workspaces', {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: 'http://evil.example:8080' },
      body: JSON.stringify({ id: 'rebound', name: 'Rebound', locale: 'en' }),
    });
    expect(write.status).toBe(421);
    expect((await t.client.workspaces.list()).map((w) => w.id)).not.toContain('rebound');
  });

  it('adds the hosts of WAYMARK_HOSTS: a name with any port, or a name:port with that port only', async () => {
    const app = createApp({
      ...t.opened.deps,
      hosts: parseAllowedHosts(' waymark.example , 10.0.0.5:8080,[fd00::1]'),
    });
    expect((await healthAt('waymark.example', app)).status).toBe(200);
    expect((await healthAt('WayMark.Example:9000', app)).status).toBe(200);
    expect((await healthAt('10.0.0.5:8080', app)).status).toBe(200);
    expect((await healthAt('10.0.0.5:9090', app)).status).toBe(421);
    expect((await healthAt('[fd00::1]:8080', app)).status).toBe(200);
    expect((await healthAt('localhost:8080', app)).status).toBe(200);
    expect((await healthAt('evil.example', app)).status).toBe(421);
    // Without WAYMARK_HOSTS, those are foreign.
    expect((await healthAt('waymark.example')).status).toBe(421);
  });

  it('refuses a WAYMARK_HOSTS entry that is not a host name, naming it', () => {
    expect(() => parseAllowedHosts('ok.example,http://bad.example/')).toThrow(
      'WAYMARK_HOSTS: expected comma-separated host names (example: "waymark.example,10.0.0.5:8080"), got "http://bad.example/"',
    );
    expect(() => parseAllowedHosts('user@host')).toThrow('got "user@host"');
    expect(parseAllowedHosts(undefined)).toEqual([
      { name: 'localhost' },
      { name: '127.0.0.1' },
      { name: '[::1]' },
    ]);
  });
});

describe('cross-site writes', () => {
  it.each([
    ['another site', { origin: 'http://evil.example' }, 'headers.origin'],
    ['another port of the same host', { origin: 'http://localhost:5173' }, 'headers.origin'],
    ['an opaque origin', { origin: 'null' }, 'headers.origin'],
    ['a non-http origin', { origin: 'file://' }, 'headers.origin'],
    ['Sec-Fetch-Site cross-site', { 'sec-fetch-site': 'cross-site' }, 'headers.sec-fetch-site'],
    ['Sec-Fetch-Site same-site', { 'sec-fetch-site': 'same-site' }, 'headers.sec-fetch-site'],
    [
      'a same origin with a cross-site fetch',
      { origin: 'http://localhost:8080', 'sec-fetch-site': 'cross-site' },
      'headers.sec-fetch-site',
    ],
  ])('refuses a change from %s with 403 and writes nothing', async (_, headers, path) => {
    const id = `attack-${Object.values(headers)
      .join('-')
      .replace(/[^a-z0-9]/gi, '')}`.slice(0, 60);
    const res = await createWorkspace(headers, id);
    expect(res.status).toBe(403);
    const error = await errorOf(res);
    expect(error).toMatchObject({ code: 'forbidden', path });
    expect(error.message).toMatch(/^refused a .*: changes are accepted only from Waymark's own pages$/);
    expect((await t.client.workspaces.list()).map((w) => w.id)).not.toContain(id);
  });

  it('refuses every state-changing method, before the body or the route is looked at', async () => {
    for (const method of ['POST', 'PUT', 'PATCH', 'DELETE']) {
      const res = await t.app.request('http://localhost:8080/api/journeys/demo-purchase', {
        method,
        headers: { origin: 'http://evil.example', 'content-type': 'text/plain' },
        body: 'not even json',
      });
      expect(res.status, method).toBe(403);
    }
    expect((await t.client.journeys.get('demo-purchase')).revision).toBe(1);
  });

  it("accepts the app's own origin (http or https) and a request with neither header (curl, CLI)", async () => {
    expect(
      (await createWorkspace({ origin: 'http://localhost:8080', 'sec-fetch-site': 'same-origin' }, 'own'))
        .status,
    ).toBe(200);
    expect((await createWorkspace({ origin: 'https://localhost:8080' }, 'own-https')).status).toBe(200);
    expect((await createWorkspace({}, 'headerless')).status).toBe(200);
    // Reads are never refused: a page may not read the answer anyway (no CORS headers).
    const read = await t.app.request('http://localhost:8080/api/workspaces', {
      headers: { origin: 'http://evil.example', 'sec-fetch-site': 'cross-site' },
    });
    expect(read.status).toBe(200);
    expect(read.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('asks allowWithoutBrowserHeaders about a request with neither header (the accounts hook)', async () => {
    const app = new Hono();
    app.onError(handleError);
    app.use('*', ...requestGuards({ hosts: parseAllowedHosts(''), allowWithoutBrowserHeaders: () => false }));
    app.post('/x', (c) => c.text('changed'));
    const res = await app.request('http://localhost/x', { method: 'POST' });
    expect(res.status).toBe(403);
    expect((await errorOf(res)).message).toBe(
      'refused a change without Origin or Sec-Fetch-Site from a browser session',
    );
  });
});

describe('security headers', () => {
  it('sends CSP, frame refusal, nosniff and referrer policy on pages, API answers and refusals', async () => {
    const answers = [
      await t.app.request('http://localhost/'),
      await t.app.request('http://localhost/api/health'),
      await t.app.request('http://evil.example/api/health'),
      await createWorkspace({ origin: 'http://evil.example' }, 'x'),
    ];
    for (const res of answers) {
      for (const [name, value] of Object.entries(SECURITY_HEADERS)) {
        expect(res.headers.get(name), `${res.status} ${name}`).toBe(value);
      }
    }
    const csp = SECURITY_HEADERS['content-security-policy'];
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/script-src[^;]*'unsafe-inline'/);
    expect(SECURITY_HEADERS['x-frame-options']).toBe('DENY');
    expect(SECURITY_HEADERS['x-content-type-options']).toBe('nosniff');
  });

  it("keeps an export's own stricter CSP and adds frame-ancestors to it", async () => {
    const res = await t.app.request('http://localhost/api/journeys/demo-purchase/export/md');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-security-policy')).toBe(
      "default-src 'none'; img-src data:; font-src data:; style-src 'unsafe-inline'; frame-ancestors 'none'",
    );
    expect(res.headers.get('x-frame-options')).toBe('DENY');
  });
});
