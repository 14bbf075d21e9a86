import { defineConfig } from 'vitest/config';

// Unit tests sit beside their code; integration and end-to-end tests are in test/. Files run one
// at a time because they share the one embedded Neo4j the global setup starts.
export default defineConfig({
  test: {
    include: ['**/*.test.ts'],
    exclude: ['node_modules/**', 'dist/**', 'data/**'],
    globalSetup: ['test/global-setup.ts'],
    fileParallelism: false,
    reporters: ['default', ['json', { outputFile: 'test-artifacts/vitest.json' }]],
    testTimeout: 60_000,
    hookTimeout: 600_000,
  },
});
