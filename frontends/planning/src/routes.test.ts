import { describe, expect, it } from 'vitest';
import { planningRouteOf } from './routes.js';

describe('planningRouteOf', () => {
  it.each([
    ['/planning', { page: 'list' }],
    ['/planning/new', { page: 'new' }],
    ['/planning/plans/42', { page: 'plan', id: '42' }],
    ['/planning/plans/42/edit', { page: 'edit', id: '42' }],
    ['/planning/whatever', { page: 'list' }],
  ])('%s', (path, route) => {
    expect(planningRouteOf(path)).toEqual(route);
  });
});
