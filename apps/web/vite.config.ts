import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

const apiTarget = process.env.WAYMARK_API_URL ?? 'http://localhost:8080';

/**
 * Vite config of the web app. `npm run build` (`vite build apps/web`) writes `apps/web/dist`, which
 * apps/server serves. In dev, `/api` is proxied to the server on port 8080 (or WAYMARK_API_URL).
 * The server refuses changes whose Origin is not its own, so the proxy presents a request from the
 * dev server's own pages as coming from the server's origin; any other Origin is passed on as it is.
 */
export default defineConfig({
  plugins: [react()],
  server: {
    proxy: {
      '/api': {
        target: apiTarget,
        changeOrigin: true,
        configure: (proxy) => {
          proxy.on('proxyReq', (proxyReq, req) => {
            const origin = req.headers.origin;
            if (origin !== undefined && URL.canParse(origin) && new URL(origin).host === req.headers.host) {
              proxyReq.setHeader('origin', new URL(apiTarget).origin);
            }
          });
        },
      },
    },
  },
  build: { outDir: 'dist', emptyOutDir: true, chunkSizeWarningLimit: 1500 },
});
