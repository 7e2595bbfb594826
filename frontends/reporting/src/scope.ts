import { formatDate, i18n } from '@cchc/web-shared';
import { periodText, type Selection } from './selection.js';

/** What every section of a dashboard is about. */
export interface DashboardScope {
  unit: { id: string; name: string; fullName: string };
  selection: Selection;
  /** The day the unit tree is read on: the as-of date, or today for today's units. */
  asOf: string;
  today: string;
  /** Today's units: findings and actions of the units they were formed from count too. */
  throughLineage: boolean;
}

/** The filters a file was made with, in Vietnamese, above its table: the unit, the period, the day, which units. */
export function fileFilters(scope: DashboardScope, extra: [string, string][] = []): [string, string][] {
  const t = i18n.getFixedT('vi', 'reporting');
  return [
    [t('file.unit'), scope.unit.fullName],
    [t('file.period'), periodText(scope.selection.period)],
    [t('file.asOf'), formatDate(scope.asOf)],
    [t('file.units'), t(`filters.views.${scope.selection.view}`)],
    ...extra,
    [t('file.exportedOn'), formatDate(scope.today)],
  ];
}
