import { defineConfig } from 'vitest/config';

// Two tiers. `unit`: tests beside the code, and the extraction tests of test/ that need no
// database; they run without Java (`npx vitest run ingest/` starts no Neo4j), two files at a time.
// `integration`, after them: the storage, API, CLI and end-to-end tests, on the one embedded Neo4j
// the global setup starts; its files run one at a time because they share that database.
const UNIT_IN_TEST = [
  'test/corpus.test.ts',
  'test/embedded-server.test.ts',
  'test/extract-properties.test.ts',
  'test/extraction-quality.test.ts',
  'test/large-input.test.ts',
];

export default defineConfig({
  test: {
    exclude: ['node_modules/**', 'dist/**', 'data/**'],
    maxWorkers: 2,
    reporters: ['default', ['json', { outputFile: 'test-artifacts/vitest.json' }]],
    testTimeout: 60_000,
    hookTimeout: 600_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          fileParallelism: true,
          include: ['{cli,cypher,graph,ingest,scripts,web}/**/*.test.ts', ...UNIT_IN_TEST],
        },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          include: ['test/**/*.test.ts'],
          exclude: ['node_modules/**', ...UNIT_IN_TEST],
          globalSetup: ['test/global-setup.ts'],
          fileParallelism: false,
        },
      },
    ],
  },
});
