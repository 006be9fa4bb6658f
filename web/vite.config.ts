// The workspace's build: Preact through Vite's own JSX transform, into dist/web (served at / by src/http/workspace.ts).
// Hashed files go to /app/, apart from the explorer's and GraphiQL's /assets/.
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
  },
  logLevel: 'warn',
});
