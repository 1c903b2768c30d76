import { endpoints } from '@waymark/api';
import type { EndpointName } from '@waymark/api';

/** One endpoint's method and path as a pattern. */
interface Entry {
  name: EndpointName;
  method: string;
  pattern: RegExp;
}

const names = Object.keys(endpoints).filter((key): key is EndpointName => key in endpoints);

const entries: Entry[] = names.map((name) => ({
  name,
  method: endpoints[name].method.toUpperCase(),
  pattern: new RegExp(`^${endpoints[name].path.replace(/\{[^}]+\}/g, '[^/]+')}$`),
}));

/**
 * The endpoint of the contract a request is for, by method and URL path (OpenAPI `{param}`
 * segments match one path segment), or `undefined`. Guards that run before routing use it.
 */
export function endpointOf(method: string, pathname: string): EndpointName | undefined {
  return entries.find((e) => e.method === method && e.pattern.test(pathname))?.name;
}
