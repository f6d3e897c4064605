import { defineConfig } from 'vitest/config';
import { REFERENCE, ROOT } from './tests/support/paths.ts';

export default defineConfig({
  test: {
    projects: [
      {
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] },
      },
      {
        // The promise checks every campaign runs (`signaal test`), here on the default campaign.
        test: {
          name: 'promises',
          // …the default campaign's own content tests (tests/campaign), and its deploy files in nginx.
          include: ['src/testing/checks/**/*.test.ts', 'tests/campaign/**/*.test.ts', 'tests/deploy/**/*.test.ts'],
          globalSetup: ['tests/support/setup-default.ts'],
          env: { SIGNAAL_PROJECT: ROOT },
          testTimeout: 120_000,
          hookTimeout: 300_000,
          fileParallelism: false,
        },
      },
      {
        // The engine's behaviour in Chromium, on its own fixture campaign.
        test: {
          name: 'engine',
          include: ['tests/engine/**/*.test.ts'],
          globalSetup: ['tests/support/setup-reference.ts'],
          env: { SIGNAAL_PROJECT: REFERENCE },
          testTimeout: 120_000,
          hookTimeout: 300_000,
          fileParallelism: false,
        },
      },
      {
        // Bad input, configurations, the packed engine, the examples: each builds its own campaign.
        test: {
          name: 'fixtures',
          include: ['tests/fixtures/**/*.test.ts'],
          testTimeout: 600_000,
        },
      },
    ],
  },
});
