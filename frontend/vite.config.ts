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

// The code is written against React's API and rendered by Preact (preact/compat), in the build, in
// development and in the unit tests alike: React DOM alone weighs about 60 KB gzip, more than half of
// the first public page's budget (scripts/check-bundle-size.mjs); Preact with its compatibility layer
// weighs about 12.
const preactInPlaceOfReact = [
  { find: /^react-dom\/client$/, replacement: 'preact/compat/client' },
  { find: /^react-dom\/test-utils$/, replacement: 'preact/test-utils' },
  { find: /^react-dom$/, replacement: 'preact/compat' },
  { find: /^react\/jsx-(dev-)?runtime$/, replacement: 'preact/jsx-runtime' },
  { find: /^react$/, replacement: 'preact/compat' },
  { find: /^use-sync-external-store\/shim$/, replacement: 'preact/compat' },
];

// In the unit tests Node resolves these packages to their CommonJS builds, whose require('react') no
// alias reaches: their ES module builds are taken instead.
const esmBuilds = [
  { find: /^@testing-library\/react$/, replacement: '@testing-library/react/dist/@testing-library/react.esm.js' },
  { find: /^react-router$/, replacement: fileURLToPath(new URL('./node_modules/react-router/dist/development/index.mjs', import.meta.url)) },
];

export default defineConfig({
  // React's fast refresh needs React DOM: in development a change reloads the page instead.
  plugins: [react({ refreshExclude: /./ })],
  resolve: {
    alias: [{ find: '@', replacement: fileURLToPath(new URL('./src', import.meta.url)) }, ...preactInPlaceOfReact],
    dedupe: ['preact'],
  },
  server: { proxy: { '/api': toApi, '/q': toApi } },
  preview: { proxy: { '/api': toApi, '/q': toApi } },
  build: { sourcemap: false, manifest: true, chunkSizeWarningLimit: 900 },
  test: {
    environment: 'jsdom',
    globals: true,
    setupFiles: ['src/testing/setup.ts'],
    include: ['src/**/*.test.{ts,tsx}'],
    alias: esmBuilds,
    // The libraries that import React are transformed too, so that they get Preact like the application.
    server: { deps: { inline: [/@testing-library\/react/, /react-router/, /react-i18next/, /@tanstack\/react-query/] } },
    pool: 'threads',
    maxWorkers: 1,
    // The machines that run the suite are shared and noisy: a test waits on what the page does, never on the clock.
    testTimeout: 30_000,
  },
});
