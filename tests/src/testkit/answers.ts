import { expect } from 'vitest';
import type { TestPlatform } from './platform.js';

/**
 * Shortcuts of tests that query through the gateway: `ask` gives the data of a query that must succeed (as the
 * admin, or with another token) and throws its errors; `errorOf` gives the first error of one that must fail, as
 * the admin. The platform is read at each call, since a test file starts it in `beforeAll`.
 */
export function answersOf(platform: () => TestPlatform) {
  return {
    async ask<T>(query: string, variables?: Record<string, unknown>, token?: string): Promise<T> {
      const response = token
        ? await platform().queryAs<T>(token, query, variables)
        : await platform().query<T>(query, variables);
      if (response.errors) throw new Error(JSON.stringify(response.errors));
      return response.data as T;
    },
    async errorOf(query: string, variables?: Record<string, unknown>) {
      const response = await platform().query(query, variables);
      expect(response.errors, 'an error was expected').toBeDefined();
      return response.errors![0]!;
    },
  };
}
