import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

export default defineConfig({
  plugins: [react()],
  test: {
    name: 'zendesk-sidebar',
    include: ['src/**/*.test.{ts,tsx}', 'test/**/*.test.{ts,tsx}', 'e2e/**/*.test.ts'],
    // Component tests opt into jsdom with a `@vitest-environment jsdom` docblock; the rest run in node.
    environment: 'node',
    setupFiles: ['test/setup-dom.ts'],
    globalSetup: ['e2e/build-if-missing.ts'],
    testTimeout: 20_000,
    hookTimeout: 60_000,
  },
});
