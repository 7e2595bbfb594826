import { describe, expect, it } from 'vitest';
import type { OwedActionsQuery, TargetSuggestionsQuery } from './generated/graphql.js';
import { suggestTargets } from './suggestions.js';

const action = (
  unitId: string,
  fullName: string,
  status: 'OPEN' | 'OVERDUE',
  validTo: string | null = null,
) => ({
  __typename: 'CorrectiveAction' as const,
  id: `${unitId}-${Math.random()}`,
  status,
  responsibleUnit: { __typename: 'Unit' as const, id: unitId, fullName, validTo },
});
const district = (id: string, fullName: string, alerts: number, coverage = 1) => ({
  __typename: 'Unit' as const,
  id,
  fullName,
  suggestedFindings: Array.from({ length: alerts }, () => ({
    __typename: 'SuggestedFinding' as const,
    indicatorCode: 'ON_TIME_RATE',
    severity: 'HIGH',
  })),
  indicators: [
    { __typename: 'IndicatorValue' as const, code: 'ON_TIME_RATE', coverage },
    { __typename: 'IndicatorValue' as const, code: 'ONLINE_RATE', coverage: 0.1 },
  ],
});

describe('suggestTargets', () => {
  it('puts units with overdue actions first, then open ones, then metric alerts, leaving out chosen units', () => {
    const data = {
      correctiveActions: {
        nodes: [
          action('a', 'Huyện An Minh', 'OPEN'),
          action('a', 'Huyện An Minh', 'OPEN'),
          action('h', 'Huyện Hòn Đất', 'OVERDUE'),
          action('c', 'Huyện Châu Thành', 'OPEN'),
        ],
      },
      units: {
        nodes: [
          district('g', 'Huyện Giồng Riềng', 3),
          district('h', 'Huyện Hòn Đất', 1),
          district('x', 'Huyện Kiên Hải', 0),
        ],
      },
    } as OwedActionsQuery & TargetSuggestionsQuery;
    const suggestions = suggestTargets(data, new Set(['c']), '2021-03-01');
    expect(suggestions.map((s) => [s.unitName, s.openActions, s.overdueActions, s.metricAlerts])).toEqual([
      ['Huyện Hòn Đất', 1, 1, 1],
      ['Huyện An Minh', 2, 0, 0],
      ['Huyện Giồng Riềng', 0, 0, 3],
    ]);
  });

  it("leaves out units dissolved before the plan's start, and suggests the communes and departments in force then", () => {
    const data = {
      correctiveActions: {
        nodes: [action('h', 'Huyện Hòn Đất', 'OVERDUE', '2025-06-30'), action('snv', 'Sở Nội vụ', 'OPEN')],
      },
      units: { nodes: [district('x', 'Xã Hòn Đất', 2)] },
    } as OwedActionsQuery & TargetSuggestionsQuery;
    expect(suggestTargets(data, new Set(), '2026-03-02').map((s) => s.unitName)).toEqual([
      'Sở Nội vụ',
      'Xã Hòn Đất',
    ]);
    expect(suggestTargets(data, new Set(), '2025-03-02').map((s) => s.unitName)).toEqual([
      'Huyện Hòn Đất',
      'Sở Nội vụ',
      'Xã Hòn Đất',
    ]);
  });

  it('qualifies an alert with the share of sub-units whose figures its indicators sum', () => {
    const data = {
      correctiveActions: { nodes: [] },
      units: { nodes: [district('x', 'Xã Hòn Đất', 1, 0.8), district('y', 'Phường Rạch Giá', 1)] },
    } as unknown as OwedActionsQuery & TargetSuggestionsQuery;
    // Only the alerting indicator counts, not ONLINE_RATE's 10 %.
    expect(suggestTargets(data, new Set(), '2026-03-02').map((s) => [s.unitName, s.coverage])).toEqual([
      ['Phường Rạch Giá', 1],
      ['Xã Hòn Đất', 0.8],
    ]);
  });
});
