import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import type { Env, Hono } from 'hono';

/** Media types of the files a Vite build emits. */
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.webp': 'image/webp',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json',
};

/** The page shown when the web app has not been built. */
export const NOT_BUILT_PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Waymark: web app not built</title></head>
<body style="font-family: system-ui, sans-serif; max-width: 40rem; margin: 4rem auto; line-height: 1.5">
<h1>Waymark is running, but the web app is not built</h1>
<p>The API is up at <a href="/api/health">/api/health</a> (OpenAPI document: <a href="/api/openapi.json">/api/openapi.json</a>).</p>
<p>To build the web app, run this from the repository root, then reload:</p>
<pre>npx vite build apps/web</pre>
<p>or start with <code>npm start</code>, which builds it when it is missing or out of date.</p>
</body></html>`;

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

/**
 * Serves the built web app from `dist` for every GET outside `/api`: a file when one exists at the
 * path, otherwise `index.html` (the SPA fallback), or a plain page saying how to build it when the
 * build is missing. Paths that try to leave `dist` get the fallback.
 */
export function serveWebApp<E extends Env>(app: Hono<E>, dist: string): void {
  const root = resolve(dist);
  app.get('*', async (c, next) => {
    const url = new URL(c.req.url);
    if (url.pathname.startsWith('/api/') || url.pathname === '/api') return next();
    let relative: string;
    try {
      relative = normalize(decodeURIComponent(url.pathname));
    } catch {
      relative = '/';
    }
    const candidate = join(root, relative);
    const inside = candidate === root || candidate.startsWith(root + sep);
    if (inside && relative !== '/' && (await isFile(candidate))) {
      const type = TYPES[extname(candidate).toLowerCase()] ?? 'application/octet-stream';
      const immutable = relative.startsWith(`${sep}assets${sep}`);
      return c.body(new Uint8Array(await readFile(candidate)), 200, {
        'content-type': type,
        'cache-control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
      });
    }
    const index = join(root, 'index.html');
    if (await isFile(index)) {
      return c.body(await readFile(index, 'utf8'), 200, {
        'content-type': TYPES['.html'] ?? 'text/html',
        'cache-control': 'no-cache',
      });
    }
    return c.html(NOT_BUILT_PAGE, 200);
  });
}
