import { resolve } from 'node:path';
import { defineConfig } from 'vite';

// The explorer lives in web/; `npm run build` writes it to dist/web, which `govkg serve` serves.
// `npm run dev` serves it with hot reload and proxies /api to a running `govkg serve`.
export default defineConfig({
  root: 'web',
  base: './',
  build: {
    outDir: '../dist/web',
    emptyOutDir: true,
    chunkSizeWarningLimit: 1500,
    // web/bench/ is the page of `npm run bench:render`, built beside the explorer.
    rolldownOptions: {
      input: [resolve(import.meta.dirname, 'web/index.html'), resolve(import.meta.dirname, 'web/bench/index.html')],
    },
  },
  server: {
    host: '127.0.0.1',
    port: 5174,
    proxy: { '/api': process.env.GOVKG_API ?? 'http://127.0.0.1:5173' },
  },
});
