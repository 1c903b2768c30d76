import { serve } from '@hono/node-server';
import { queryTimeoutFromEnv } from '@waymark/analytics';
import { createApp } from './app';
import { openDeps } from './open-deps';

/**
 * Starts the Waymark server: opens the stores (seeding the demo on first start), then listens on
 * `PORT` (default 8080) on `HOST` (default 127.0.0.1). Stops cleanly on SIGINT and SIGTERM.
 */
async function main(): Promise<void> {
  const started = Date.now();
  const port = Number(process.env.PORT || 8080);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new Error(`PORT: expected a port number 1-65535, got "${process.env.PORT}"`);
  }
  const hostname = process.env.HOST || '127.0.0.1';
  queryTimeoutFromEnv(); // refuse a bad WAYMARK_QUERY_TIMEOUT_MS at start, not at the first query
  const opened = await openDeps();
  if (opened.seed?.maps) console.log('Seeded the demo workspace (3 maps, 2 personas).');
  if (opened.seed?.events) console.log(`Imported ${opened.seed.events.inserted} demo events.`);
  const app = createApp(opened.deps);
  const server = serve({ fetch: app.fetch, port, hostname }, (info) => {
    const host = hostname === '127.0.0.1' || hostname === '0.0.0.0' ? 'localhost' : hostname;
    console.log(
      `Waymark is running at http://${host}:${info.port}/ (ready in ${((Date.now() - started) / 1000).toFixed(1)} s)`,
    );
  });
  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    server.close(() => {
      void opened.close().finally(() => process.exit(0));
    });
    // Keep-alive connections would hold `close` open until they time out.
    if ('closeAllConnections' in server) server.closeAllConnections();
    setTimeout(() => process.exit(0), 5000).unref();
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
