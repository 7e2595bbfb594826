import type { OwedActionsQuery, TargetSuggestionsQuery } from './generated/graphql.js';

export interface Suggestion {
  unitId: string;
  unitName: string;
  openActions: number;
  overdueActions: number;
  metricAlerts: number;
  /** The share of the unit's sub-units whose figures the alerting indicators sum (0–1); 1 when all reported. */
  coverage: number;
}

/**
 * Units worth inspecting, not yet targets: those owing corrective actions (overdue first, then the most
 * open), then those whose indicators passed a warning threshold. A unit dissolved before the plan starts
 * (`asOf`, e.g. a district after the 2025 reform) cannot be inspected and is left out.
 */
export function suggestTargets(
  data: OwedActionsQuery & TargetSuggestionsQuery,
  chosen: Set<string>,
  asOf: string,
): Suggestion[] {
  const byUnit = new Map<string, Suggestion>();
  const entry = (unitId: string, unitName: string) => {
    let suggestion = byUnit.get(unitId);
    if (!suggestion) {
      suggestion = { unitId, unitName, openActions: 0, overdueActions: 0, metricAlerts: 0, coverage: 1 };
      byUnit.set(unitId, suggestion);
    }
    return suggestion;
  };
  for (const action of data.correctiveActions.nodes) {
    const { validTo } = action.responsibleUnit;
    if (validTo && validTo < asOf) continue;
    const suggestion = entry(action.responsibleUnit.id, action.responsibleUnit.fullName);
    suggestion.openActions += 1;
    if (action.status === 'OVERDUE') suggestion.overdueActions += 1;
  }
  for (const unit of data.units.nodes) {
    // Null while the metrics service is down: the suggestions then rest on the actions alone.
    const suggestedFindings = unit.suggestedFindings ?? [];
    if (suggestedFindings.length === 0) continue;
    const suggestion = entry(unit.id, unit.fullName);
    suggestion.metricAlerts = suggestedFindings.length;
    const alerting = new Set(suggestedFindings.map((finding) => finding.indicatorCode));
    for (const indicator of unit.indicators ?? [])
      if (alerting.has(indicator.code))
        suggestion.coverage = Math.min(suggestion.coverage, indicator.coverage);
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
