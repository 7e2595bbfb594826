import { describe, expect, it } from 'vitest';
import { routeOf } from './routes.js';

describe('routeOf', () => {
  it.each([
    ['/planning', { kind: 'application', specifier: '@cchc/planning' }],
    ['/planning/plans/1', { kind: 'application', specifier: '@cchc/planning' }],
    ['/findings', { kind: 'application', specifier: '@cchc/findings' }],
    ['/findings/plans/1/targets/2', { kind: 'application', specifier: '@cchc/findings' }],
    ['/reporting/x', { kind: 'comingSoon', area: 'reporting' }],
    ['/admin/api-tokens', { kind: 'apiTokens' }],
    ['/admin', { kind: 'notFound' }],
    ['/', { kind: 'home' }],
    ['/planningx', { kind: 'notFound' }],
    ['/nowhere', { kind: 'notFound' }],
  ])('%s', (path, route) => {
    expect(routeOf(path)).toEqual(route);
  });
});
