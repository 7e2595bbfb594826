import { describe, expect, it } from 'vitest';
import { reportingPath, unitIdOf } from './routes.js';

describe('the reporting pages', () => {
  it.each([
    ['/reporting', null],
    ['/reporting/', null],
    ['/reporting/units/u-1', 'u-1'],
    ['/reporting/units/u-1/', 'u-1'],
    ['/reporting/units/u-1/other', null],
    ['/reporting/nowhere', null],
  ])('%s names the unit %s', (path, unitId) => {
    expect(unitIdOf(path)).toBe(unitId);
  });

  it('makes the paths it reads, with the selection in the query string', () => {
    const selection = { period: '2020', asOf: '2020-12-31', view: 'asOf' } as const;
    const path = reportingPath('u-1', selection);
    expect(path).toBe('/reporting/units/u-1?period=2020&asOf=2020-12-31');
    expect(unitIdOf(path.split('?')[0]!)).toBe('u-1');
    expect(reportingPath(null, { ...selection, view: 'today' })).toBe(
      '/reporting?period=2020&asOf=2020-12-31&units=today',
    );
  });
});
