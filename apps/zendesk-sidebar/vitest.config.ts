import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    name: 'zendesk-sidebar',
    include: ['src/**/*.test.{ts,tsx}', 'test/**/*.test.{ts,tsx}'],
    passWithNoTests: true,
  },
});
