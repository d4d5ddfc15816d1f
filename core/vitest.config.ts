import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    name: 'core',
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    // the command-line tests start `baton` as a process: on a loaded 2-core machine that takes seconds
    testTimeout: 20_000,
  },
});
