import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { startWaymark } from '../scripts/test-servers/waymark';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Where the started server listens, e.g. `http://127.0.0.1:41234`. */
    baseUrl: string;
  }
}

const root = join(import.meta.dirname, '..');

/**
 * Builds apps/web (vite build), starts apps/server/src/main.ts with tsx on a free port and a temp
 * WAYMARK_DATA, provides `baseUrl` to the specs, and returns the teardown that stops it.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  if (process.env.WAYMARK_E2E_SKIP_BUILD !== '1' || !existsSync(join(root, 'apps/web/dist/index.html'))) {
    execFileSync('npx', ['vite', 'build', 'apps/web', '--logLevel', 'warn'], {
      cwd: root,
      stdio: 'inherit',
      // Vitest sets NODE_ENV=test; the bundle must be the production build of React.
      env: { ...process.env, NODE_ENV: 'production' },
    });
  }
  const server = await startWaymark({ NODE_ENV: 'production' });
  project.provide('baseUrl', server.url);
  return () => server.stop();
}
