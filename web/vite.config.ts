// The workspace's build: Preact through Vite's own JSX transform, into dist/web (served by src/http/explorer.ts): the
// workspace (index.html, at /) and the graph explorer (explore.html, at /explore) share the interface catalogues.
// Hashed files go to /app/; each language's catalogue is its own file, fetched when that language is chosen.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/',
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  build: {
    outDir: '../dist/web',
    emptyOutDir: true,
    assetsDir: 'app',
    target: 'es2022',
    reportCompressedSize: false,
    // The explorer's chunk holds Cytoscape; the workspace never loads it.
    chunkSizeWarningLimit: 600,
    manifest: true,
    rollupOptions: {
      input: {
        workspace: fileURLToPath(new URL('index.html', import.meta.url)),
        explorer: fileURLToPath(new URL('explore.html', import.meta.url)),
      },
    },
  },
  logLevel: 'warn',
});
