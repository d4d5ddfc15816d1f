import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

const appDir = fileURLToPath(new URL('.', import.meta.url));

/**
 * Builds src/main.tsx into assets/app/sidebar.js (and src/nav/main.ts into nav.js, for assets/nav.html), which the committed assets/iframe.html loads after the
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
      // The ticket sidebar, and the nav_bar page of handoff analytics for admins.
      input: { sidebar: 'src/main.tsx', nav: 'src/nav/main.ts' },
      output: {
        entryFileNames: '[name].js',
        chunkFileNames: 'sidebar-[name].js',
        assetFileNames: 'sidebar-[name][extname]',
      },
    },
  },
});
