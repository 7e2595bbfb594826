import { describe, expect, it } from 'vitest';
import { findingPath, findingsRouteOf, printPath, targetPath } from './routes.js';

describe('findingsRouteOf', () => {
  it.each([
    ['/findings', { page: 'plans' }],
    ['/findings/plans/p1', { page: 'plan', planId: 'p1' }],
    ['/findings/plans/p1/targets/t1/', { page: 'target', planId: 'p1', targetId: 't1' }],
    ['/findings/plans/p1/targets/t1/print', { page: 'print', planId: 'p1', targetId: 't1' }],
    ['/findings/items/f1', { page: 'finding', findingId: 'f1' }],
    ['/findings/nowhere', { page: 'plans' }],
    ['/findings/plans/p1/targets/t1/other', { page: 'plans' }],
  ])('%s', (path, route) => {
    expect(findingsRouteOf(path)).toEqual(route);
  });

  it('reads back the paths it makes', () => {
    expect(findingsRouteOf(targetPath('p', 't'))).toEqual({ page: 'target', planId: 'p', targetId: 't' });
    expect(findingsRouteOf(printPath('p', 't'))).toEqual({ page: 'print', planId: 'p', targetId: 't' });
    expect(findingsRouteOf(findingPath('f'))).toEqual({ page: 'finding', findingId: 'f' });
  });
});
