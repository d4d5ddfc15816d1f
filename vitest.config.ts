import { defineConfig } from 'vitest/config';

// One `npm test` runs every workspace's tests; each workspace owns its own vitest config.
export default defineConfig({
  test: {
    projects: ['core', 'webhooks', 'apps/slack-bot', 'apps/zendesk-sidebar'],
  },
});
