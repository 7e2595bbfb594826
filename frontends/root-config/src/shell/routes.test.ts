import { describe, expect, it } from 'vitest';
import { homeRouteOf, routeOf } from './routes.js';

describe('routeOf', () => {
  it.each([
    ['/planning', { kind: 'application', specifier: '@cchc/planning' }],
    ['/planning/plans/1', { kind: 'application', specifier: '@cchc/planning' }],
    ['/findings', { kind: 'application', specifier: '@cchc/findings' }],
    ['/findings/plans/1/targets/2', { kind: 'application', specifier: '@cchc/findings' }],
    ['/reporting', { kind: 'application', specifier: '@cchc/reporting' }],
    ['/reporting/units/u1', { kind: 'application', specifier: '@cchc/reporting' }],
    ['/reportingx', { kind: 'notFound' }],
    ['/admin/api-tokens', { kind: 'apiTokens' }],
    ['/admin', { kind: 'notFound' }],
    ['/', { kind: 'home' }],
    ['/planningx', { kind: 'notFound' }],
    ['/nowhere', { kind: 'notFound' }],
  ])('%s', (path, route) => {
    expect(routeOf(path)).toEqual(route);
  });
});

describe('homeRouteOf', () => {
  it('lands a unit officer on its unit’s inspection results, everyone else on the plans', () => {
    expect(homeRouteOf(['UNIT_OFFICER'])).toBe('/findings');
    expect(homeRouteOf(['ADMIN'])).toBe('/planning');
    expect(homeRouteOf(['INSPECTOR', 'ANALYST'])).toBe('/planning');
    expect(homeRouteOf(undefined)).toBe('/planning');
  });
});
