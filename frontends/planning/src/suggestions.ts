import type { TargetSuggestionsQuery } from './generated/graphql.js';

export interface Suggestion {
  unitId: string;
  unitName: string;
  openActions: number;
  overdueActions: number;
  metricAlerts: number;
}

/**
 * Units worth inspecting, not yet targets: those owing corrective actions (overdue first, then the most
 * open), then those whose indicators passed a warning threshold.
 */
export function suggestTargets(data: TargetSuggestionsQuery, chosen: Set<string>): Suggestion[] {
  const byUnit = new Map<string, Suggestion>();
  const entry = (unitId: string, unitName: string) => {
    let suggestion = byUnit.get(unitId);
    if (!suggestion) {
      suggestion = { unitId, unitName, openActions: 0, overdueActions: 0, metricAlerts: 0 };
      byUnit.set(unitId, suggestion);
    }
    return suggestion;
  };
  for (const action of data.correctiveActions.nodes) {
    const suggestion = entry(action.responsibleUnit.id, action.responsibleUnit.fullName);
    suggestion.openActions += 1;
    if (action.status === 'OVERDUE') suggestion.overdueActions += 1;
  }
  for (const unit of data.units.nodes) {
    if (unit.suggestedFindings.length > 0)
      entry(unit.id, unit.fullName).metricAlerts = unit.suggestedFindings.length;
  }
  return [...byUnit.values()]
    .filter((suggestion) => !chosen.has(suggestion.unitId))
    .sort(
      (a, b) =>
        b.overdueActions - a.overdueActions ||
        b.openActions - a.openActions ||
        b.metricAlerts - a.metricAlerts ||
        a.unitName.localeCompare(b.unitName, 'vi'),
    );
}
