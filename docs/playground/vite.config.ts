import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

// The playground imports the library from ../../src, so it always shows the current code. Every
// module is bundled into dist/: the built page loads nothing from the network.
const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root,
  base: './',
  build: { outDir: 'dist', emptyOutDir: true, target: 'es2022', assetsInlineLimit: 0 },
  server: { fs: { allow: [fileURLToPath(new URL('../..', import.meta.url))] } },
});
