import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

/**
 * The one vitest configuration every package uses. `graphql` is aliased to the single CommonJS copy
 * that type-graphql and Apollo load, or schemas fail with "another module or realm".
 * With `database`, one PostgreSQL server is started for the run (or DATABASE_URL is used).
 */
export function vitestConfig(options: { database?: boolean } = {}) {
  return defineConfig({
    resolve: { alias: [{ find: /^graphql$/, replacement: require.resolve('graphql') }] },
    test: {
      globalSetup: options.database ? [require.resolve('@cchc/kit/testing/postgres-setup')] : [],
      testTimeout: 60_000,
      hookTimeout: 180_000,
      fileParallelism: false,
    },
  });
}
