import { defineConfig } from 'vitest/config';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

// Two tiers: `unit` needs no database (npm run test:unit); `integration` runs against a real Neo4j that
// tests/global-setup.ts starts, migrates and seeds. `npm test` runs both.
export default defineConfig({
  resolve: {
    // One graphql instance: type-graphql loads graphql's CommonJS build, so tests must too (ENGINEERING.md).
    alias: { graphql: require.resolve('graphql/index.js') },
  },
  test: {
    testTimeout: 60_000,
    hookTimeout: 180_000,
    pool: 'forks',
    maxWorkers: 2,
    reporters: ['default'],
    projects: [
      // The workspace's own unit tests sit beside its code (web/src), type-checked by web/tsconfig.json.
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts', 'web/src/**/*.test.ts'] } },
      {
        extends: true,
        test: {
          name: 'integration',
          include: ['tests/**/*.test.ts'],
          exclude: ['tests/unit/**'],
          globalSetup: ['tests/global-setup.ts'],
        },
      },
    ],
  },
});
