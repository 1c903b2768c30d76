import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

/**
 * Vite config of the web app. `npm run build` (`vite build apps/web`) writes `apps/web/dist`, which
 * apps/server serves. In dev, `/api` is proxied to the server on port 8080 (or WAYMARK_API_URL).
 */
export default defineConfig({
  plugins: [react()],
  server: {
    proxy: { '/api': { target: process.env.WAYMARK_API_URL ?? 'http://localhost:8080', changeOrigin: true } },
  },
  build: { outDir: 'dist', emptyOutDir: true, chunkSizeWarningLimit: 1500 },
});
