import { describe, expect, it } from 'vitest';
import { findingsRouteOf, targetPath } from './routes.js';

describe('findingsRouteOf', () => {
  it.each([
    ['/findings', { page: 'plans' }],
    ['/findings/plans/p1', { page: 'plan', planId: 'p1' }],
    ['/findings/plans/p1/targets/t1/', { page: 'target', planId: 'p1', targetId: 't1' }],
    ['/findings/nowhere', { page: 'plans' }],
  ])('%s', (path, route) => {
    expect(findingsRouteOf(path)).toEqual(route);
  });

  it('reads back the paths it makes', () => {
    expect(findingsRouteOf(targetPath('p', 't'))).toEqual({ page: 'target', planId: 'p', targetId: 't' });
  });
});
