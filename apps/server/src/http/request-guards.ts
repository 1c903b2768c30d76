import type { Context, MiddlewareHandler } from 'hono';
import { HttpError } from './errors';

/**
 * The request guards: what every request passes before any route sees it, in this order.
 * 1. Security headers on every answer, refusals included (`SECURITY_HEADERS`: CSP, frame refusal,
 *    nosniff, referrer).
 * 2. Host check (DNS rebinding): the Host header must name an allowed host, else 421.
 * 3. Cross-site check: a state-changing request (POST, PUT, PATCH, DELETE) sent by a browser from
 *    another origin is refused with 403 before its body is read.
 * Body limits and JSON parsing come after these (`body-guards.ts`). When accounts exist, the policy
 * module plugs in through `RequestGuardOptions.allowWithoutBrowserHeaders`.
 */

/** Hosts accepted by default, with any port: the loopback names a local browser uses. */
export const DEFAULT_HOSTS = ['localhost', '127.0.0.1', '[::1]'] as const;

/** One allowed host: a name (lower case, IPv6 in brackets) and, when given, the only port allowed. */
export interface AllowedHost {
  name: string;
  port?: string;
}

/**
 * Parses `WAYMARK_HOSTS`: comma-separated host names, each optionally with `:port` (then only that
 * port). The defaults are always included. Throws naming the entry that is not a host name.
 */
export function parseAllowedHosts(list: string | undefined): AllowedHost[] {
  const entries = [...DEFAULT_HOSTS, ...(list ?? '').split(',')].map((entry) => entry.trim()).filter(Boolean);
  return entries.map((entry) => {
    const parsed = hostOf(entry);
    if (!parsed || entry.includes('/') || entry.includes('@')) {
      throw new Error(
        `WAYMARK_HOSTS: expected comma-separated host names (example: "waymark.example,10.0.0.5:8080"), got "${entry}"`,
      );
    }
    return parsed.port ? parsed : { name: parsed.name };
  });
}

/** Splits a Host header value into name and port (`undefined` when it is not a valid host). */
function hostOf(value: string): AllowedHost | undefined {
  try {
    const url = new URL(`http://${value}`);
    if (url.pathname !== '/' || url.search || url.hash || url.username) return undefined;
    return { name: url.hostname, port: url.port };
  } catch {
    return undefined;
  }
}

/** Whether `host` (a Host header value) names one of `allowed`. */
export function isAllowedHost(host: string, allowed: readonly AllowedHost[]): boolean {
  const parsed = hostOf(host);
  if (!parsed) return false;
  return allowed.some((a) => a.name === parsed.name && (a.port === undefined || a.port === parsed.port));
}

/**
 * The headers every answer carries. The CSP allows only the app's own scripts (no inline script, no
 * eval: the web app runs zod jitless) and style sheets (styles React sets through the DOM are not
 * affected), images and fonts from itself or data: URLs, requests to itself, and no framing by
 * anyone. Trap: an inline `<style>` or `style="..."` in HTML the app inserts would be refused.
 */
export const SECURITY_HEADERS = {
  'content-security-policy': [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; '),
  'x-frame-options': 'DENY',
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
} as const;

/** Methods that change state; the cross-site check applies to these. */
const STATE_CHANGING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** What the guards are configured with. */
export interface RequestGuardOptions {
  /** The accepted Host names (see `parseAllowedHosts`). */
  hosts: readonly AllowedHost[];
  /**
   * Whether a state-changing request with neither `Origin` nor `Sec-Fetch-Site` (curl, the CLI,
   * scripts) is let through. Without accounts, always. Once accounts exist, the policy module
   * decides: true only when the request carries no browser session (a cookie could be ridden by a
   * page that strips both headers). Default: always true.
   */
  allowWithoutBrowserHeaders?: (c: Context) => boolean;
}

/**
 * 421 unless the request's Host (the URL's host, which the Node adapter builds from the Host
 * header) is allowed. This defeats DNS rebinding: a page on `evil.example` that resolves to
 * 127.0.0.1 still sends `Host: evil.example`.
 */
export function hostGuard(hosts: readonly AllowedHost[]): MiddlewareHandler {
  return async (c, next) => {
    const host = new URL(c.req.url).host;
    if (!isAllowedHost(host, hosts)) {
      throw new HttpError(
        421,
        'misdirected_request',
        `this server does not answer for host "${host}": add it to WAYMARK_HOSTS to allow it`,
        'headers.host',
      );
    }
    await next();
  };
}

/** Sets `SECURITY_HEADERS` on the answer; a route's own CSP (exports) is kept, with framing refused. */
export function securityHeaders(): MiddlewareHandler {
  return async (c, next) => {
    await next();
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) {
      const own = c.res.headers.get(name);
      if (own === null) c.res.headers.set(name, value);
      else if (name === 'content-security-policy' && !own.includes('frame-ancestors')) {
        c.res.headers.set(name, `${own}; frame-ancestors 'none'`);
      }
    }
  };
}

/** Why a request is refused: a message and the header it is about. */
export interface Refusal {
  message: string;
  path: string;
}

/**
 * Why a state-changing request must be refused as cross-site, or `undefined` to let it through.
 * The app's own origin is the request's own host (already checked by `hostGuard`), on http or https.
 */
export function crossSiteRefusal(
  headers: { origin: string | undefined; fetchSite: string | undefined },
  ownHost: string,
): Refusal | undefined {
  const { origin, fetchSite } = headers;
  if (fetchSite !== undefined && fetchSite !== 'same-origin' && fetchSite !== 'none') {
    return {
      message: `refused a ${fetchSite} request: changes are accepted only from Waymark's own pages`,
      path: 'headers.sec-fetch-site',
    };
  }
  if (origin !== undefined) {
    let url: URL | undefined;
    try {
      url = new URL(origin);
    } catch {
      url = undefined;
    }
    const same = url !== undefined && /^https?:$/.test(url.protocol) && url.host === ownHost;
    if (!same) {
      return {
        message: `refused a request from origin "${origin}": changes are accepted only from Waymark's own pages`,
        path: 'headers.origin',
      };
    }
  }
  return undefined;
}

/**
 * 403 for a state-changing request whose `Sec-Fetch-Site` is not same-origin or whose `Origin` is
 * not the app's own. A request with neither header is passed to `allowWithoutBrowserHeaders`.
 */
export function crossSiteGuard(options: RequestGuardOptions): MiddlewareHandler {
  const allowHeaderless = options.allowWithoutBrowserHeaders ?? (() => true);
  return async (c, next) => {
    if (!STATE_CHANGING.has(c.req.method)) return next();
    const origin = c.req.header('origin');
    const fetchSite = c.req.header('sec-fetch-site');
    const refusal =
      origin === undefined && fetchSite === undefined
        ? allowHeaderless(c)
          ? undefined
          : {
              message: 'refused a change without Origin or Sec-Fetch-Site from a browser session',
              path: 'headers.origin',
            }
        : crossSiteRefusal({ origin, fetchSite }, new URL(c.req.url).host);
    if (refusal !== undefined) throw new HttpError(403, 'forbidden', refusal.message, refusal.path);
    await next();
  };
}

/** The guards in their order, for `app.use('*', ...requestGuards(options))`. */
export function requestGuards(options: RequestGuardOptions): MiddlewareHandler[] {
  return [securityHeaders(), hostGuard(options.hosts), crossSiteGuard(options)];
}
