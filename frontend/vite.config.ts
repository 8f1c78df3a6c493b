/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';

// During development the API runs elsewhere (INNOVATICE_API, default http://localhost:8080);
// in production the client is served from the API's own origin, so every call is relative.
const api = process.env.INNOVATICE_API ?? 'http://localhost:8080';
// Same-origin for the API: the proxy drops the browser's Origin so the API's CORS policy does not apply.
const toApi = {
  target: api,
  changeOrigin: true,
  configure: (proxy: { on: (event: 'proxyReq', listener: (req: { removeHeader: (name: string) => void }) => void) => void }) =>
    proxy.on('proxyReq', (req) => req.removeHeader('origin')),
};

export default defineConfig({
  plugins: [react()],
  resolve: { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } },
  server: { proxy: { '/api': toApi, '/q': toApi } },
  preview: { proxy: { '/api': toApi, '/q': toApi } },
  build: { sourcemap: false, manifest: true, chunkSizeWarningLimit: 900 },
  test: {
    environment: 'jsdom',
    globals: true,
    setupFiles: ['src/testing/setup.ts'],
    include: ['src/**/*.test.{ts,tsx}'],
    pool: 'threads',
    maxWorkers: 1,
    // The machines that run the suite are shared and noisy: a test waits on what the page does, never on the clock.
    testTimeout: 30_000,
  },
});
