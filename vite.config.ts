import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';

// Static hosting: set PODLAB_BASE=/course/podlab/ (or any sub-path) when the site is not served from "/".
const base = process.env.PODLAB_BASE ?? './';

export default defineConfig({
  base,
  plugins: [svelte()],
  worker: { format: 'es' },
  build: { target: 'es2022', chunkSizeWarningLimit: 1500 },
  optimizeDeps: { include: ['just-bash', '@xterm/xterm', '@xterm/addon-fit', 'comlink', 'yaml', 'marked', 'dompurify', 'idb-keyval'] },
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/e2e/**', 'node_modules/**'],
    environment: 'node',
    testTimeout: 20000,
  },
});
