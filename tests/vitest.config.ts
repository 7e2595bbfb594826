import { configDefaults } from 'vitest/config';
import { vitestConfig } from '../vitest.shared.js';

const config = vitestConfig({ database: true });

// BROWSER_TESTS=off leaves out the browser tests: CI runs them once, on the embedded PostgreSQL, and runs the
// rest again on the external one (the screens see the same API whichever server holds the data).
if (process.env.BROWSER_TESTS === 'off') {
  config.test = { ...config.test, exclude: [...configDefaults.exclude, 'src/browser/**'] };
}

export default config;
