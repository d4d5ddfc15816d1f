import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

const appDir = fileURLToPath(new URL('.', import.meta.url));

/**
 * Builds src/main.tsx into assets/app/sidebar.js, which the committed assets/iframe.html loads after the
 * ZAF SDK. File names carry no hash: iframe.html is a static ZAF asset that zcli packages as is.
 */
export default defineConfig({
  root: appDir,
  base: './',
  plugins: [react()],
  publicDir: false,
  logLevel: 'warn',
  build: {
    outDir: 'assets/app',
    emptyOutDir: true,
    target: 'es2020',
    sourcemap: false,
    rollupOptions: {
      input: 'src/main.tsx',
      output: {
        entryFileNames: 'sidebar.js',
        chunkFileNames: 'sidebar-[name].js',
        assetFileNames: 'sidebar-[name][extname]',
      },
    },
  },
});
