import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    name: 'slack-bot',
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
  },
});
