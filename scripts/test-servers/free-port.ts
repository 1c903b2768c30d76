import { createServer } from 'node:net';

/**
 * Asks the OS for a free TCP port on loopback. The port is released before it is returned, so another
 * process could take it first; the servers our tests start fail loudly if that ever happens.
 */
export async function freePort(): Promise<number> {
  return await new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      if (address === null || typeof address === 'string') {
        server.close();
        reject(new Error('could not obtain a free port'));
        return;
      }
      server.close(() => resolve(address.port));
    });
  });
}
