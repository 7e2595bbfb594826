import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: { environment: 'happy-dom', setupFiles: ['../shared/src/testing/setup.ts'], testTimeout: 20_000 },
});
