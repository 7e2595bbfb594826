import { describe, expect, it } from 'vitest';
import { type Route, routeMatcher } from './http.js';

const route = (method: Route['method'], path: string): Route => ({ method, path, handle: async () => {} });
const health = route('GET', '/healthz');
const jwks = route('GET', '/.well-known/jwks.json');
const token = route('POST', '/auth/token');
const report = route('GET', '/reports/inspection-plans/:planId/report.docx');
const notice = route('GET', '/reports/inspection-plans/:planId/notices/:unitId.docx');
const find = routeMatcher([health, jwks, token, report, notice]);

describe('route matching', () => {
  it.each([
    ['GET', '/healthz', health, {}],
    ['GET', '/.well-known/jwks.json', jwks, {}],
    ['POST', '/auth/token', token, {}],
    ['GET', '/reports/inspection-plans/p-1/report.docx', report, { planId: 'p-1' }],
    ['GET', '/reports/inspection-plans/p-1/notices/u-2.docx', notice, { planId: 'p-1', unitId: 'u-2' }],
    // Parameters are decoded: an escaped slash stays inside its segment.
    ['GET', '/reports/inspection-plans/a%2Fb/report.docx', report, { planId: 'a/b' }],
  ] as const)('%s %s finds its route and parameters', (method, path, expected, params) => {
    expect(find(method, path)).toEqual({ route: expected, params });
  });

  it.each([
    ['POST', '/healthz'],
    ['GET', '/auth/token'],
    ['GET', '/healthz/'],
    ['GET', '/HEALTHZ'],
    ['GET', '/reports/inspection-plans/p-1/report.pdf'],
    ['GET', '/reports/inspection-plans//report.docx'],
    ['GET', '/reports/inspection-plans/p-1/notices/.docx'],
    ['GET', '/reports/inspection-plans/p-1/report.docx/more'],
    ['GET', '/reports/inspection-plans/%E0%A4%A/report.docx'],
  ])('%s %s matches no route', (method, path) => {
    expect(find(method, path)).toBeUndefined();
  });

  it('answers with the first route declared when two match', () => {
    const specific = route('GET', '/reports/inspection-plans/latest/report.docx');
    expect(
      routeMatcher([specific, report])('GET', '/reports/inspection-plans/latest/report.docx')?.route,
    ).toBe(specific);
  });
});
