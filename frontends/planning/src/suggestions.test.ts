import { describe, expect, it } from 'vitest';
import type { TargetSuggestionsQuery } from './generated/graphql.js';
import { suggestTargets } from './suggestions.js';

const action = (unitId: string, fullName: string, status: 'OPEN' | 'OVERDUE') => ({
  __typename: 'CorrectiveAction' as const,
  id: `${unitId}-${Math.random()}`,
  status,
  responsibleUnit: { __typename: 'Unit' as const, id: unitId, fullName },
});
const district = (id: string, fullName: string, alerts: number) => ({
  __typename: 'Unit' as const,
  id,
  fullName,
  suggestedFindings: Array.from({ length: alerts }, () => ({
    __typename: 'SuggestedFinding' as const,
    indicatorCode: 'ON_TIME_RATE',
    severity: 'HIGH',
  })),
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
    } as TargetSuggestionsQuery;
    const suggestions = suggestTargets(data, new Set(['c']));
    expect(suggestions.map((s) => [s.unitName, s.openActions, s.overdueActions, s.metricAlerts])).toEqual([
      ['Huyện Hòn Đất', 1, 1, 1],
      ['Huyện An Minh', 2, 0, 0],
      ['Huyện Giồng Riềng', 0, 0, 3],
    ]);
  });
});
