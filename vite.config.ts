import { defineConfig } from 'vite';

// The explorer lives in web/; `npm run build` writes it to dist/web, which `govkg serve` serves.
// `npm run dev` serves it with hot reload and proxies /api to a running `govkg serve`.
export default defineConfig({
  root: 'web',
  base: './',
  build: { outDir: '../dist/web', emptyOutDir: true, chunkSizeWarningLimit: 1500 },
  server: {
    host: '127.0.0.1',
    port: 5174,
    proxy: { '/api': process.env.GOVKG_API ?? 'http://127.0.0.1:5173' },
  },
});
