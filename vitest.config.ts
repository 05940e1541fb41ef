import { defineConfig } from 'vitest/config';

// Three projects: pure unit tests, and the database-backed tests (`*.db.test.ts`, `*.api.test.ts`)
// run twice, once on the embedded PGlite and once on the real PostgreSQL.
const databaseTests = ['apps/*/src/**/*.{db,api}.test.ts', 'apps/*/test/**/*.{db,api}.test.ts'];

export default defineConfig({
  test: {
    reporters: ['default', 'json'],
    outputFile: { json: '.vitest-results/results.json' },
    projects: [
      {
        test: {
          name: 'unit',
          testTimeout: 30_000,
          include: ['packages/*/src/**/*.test.ts', 'apps/*/src/**/*.test.ts', 'apps/*/test/**/*.test.ts'],
          exclude: [...databaseTests, '**/node_modules/**'],
        },
      },
      {
        test: {
          name: 'pglite',
          include: databaseTests,
          env: { SIUI_TEST_DATABASE: 'pglite' },
          globalSetup: ['apps/server/test/pglite-global-setup.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'postgres',
          include: databaseTests,
          env: { SIUI_TEST_DATABASE: 'postgres' },
          globalSetup: ['apps/server/test/postgres-global-setup.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
