import { useQuery } from '@apollo/client/react';
import { ProblemAlert, useLanguage } from '@cchc/web-shared';
import { Skeleton, Timeline, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { type AuditChanges, type ChangeNames, changeLinesOf } from './audit-changes.js';
import { FindingHistoryQuery } from './detail.operations.js';
import type { FindingsPlanQuery } from './generated/graphql.js';
import { useIndicatorCatalog } from './indicator-catalog.js';
import { WRAPPING } from './text-style.js';

type Catalog = NonNullable<FindingsPlanQuery['inspectionPlan']>['catalog'];

/** The finding's audit log, newest first: who changed what, each field's value before and after. */
export function FindingHistory({ findingId, catalog }: { findingId: string; catalog: Catalog | undefined }) {
  const { t } = useTranslation('findings');
  const language = useLanguage();
  const { byCode, loaded } = useIndicatorCatalog();
  const { data, error, refetch } = useQuery(FindingHistoryQuery, {
    variables: { id: findingId },
    fetchPolicy: 'cache-and-network',
  });
  if (error) return <ProblemAlert error={error} onReload={() => void refetch()} />;
  if (!data || !loaded) return <Skeleton active />;
  const nameOf = (named: { nameVi: string; nameEn: string }) =>
    language === 'en' ? named.nameEn : named.nameVi;
  const areas = catalog?.areas ?? [];
  const criteria = areas.flatMap((area) =>
    area.criteria.flatMap((criterion) => [criterion, ...criterion.subCriteria]),
  );
  const names: ChangeNames = {
    areaName: (id) => {
      const area = areas.find((candidate) => candidate.id === id);
      return area && nameOf(area);
    },
    criterionName: (id) => {
      const criterion = criteria.find((candidate) => candidate.id === id);
      return criterion && `${criterion.code} ${nameOf(criterion)}`;
    },
    indicator: (code) => {
      const indicator = byCode.get(code);
      return indicator && { name: nameOf(indicator), valueUnit: indicator.valueUnit };
    },
  };
  const entries = [...data.auditLog.nodes].reverse();
  if (entries.length === 0) return <Typography.Text>{t('detail.history.empty')}</Typography.Text>;
  return (
    <Timeline
      data-testid="finding-history"
      items={entries.map((entry) => ({
        key: entry.id,
        content: (
          <>
            <Typography.Text strong>
              {t(`detail.history.actions.${entry.action}`, {
                defaultValue: t('detail.history.actions.changed'),
              })}
            </Typography.Text>{' '}
            <Typography.Text type="secondary">
              {t('detail.history.by', { actor: entry.actor, at: dayjs(entry.at).format('DD/MM/YYYY HH:mm') })}
            </Typography.Text>
            {entry.action !== 'CREATE' && (
              <ul style={{ margin: '4px 0 0', paddingInlineStart: 20 }}>
                {changeLinesOf(entry.changes as AuditChanges, names).map((line) => (
                  <li key={line.field} style={WRAPPING}>
                    <Typography.Text strong>{line.field}:</Typography.Text> <del>{line.before}</del> →{' '}
                    <ins>{line.after}</ins>
                  </li>
                ))}
              </ul>
            )}
          </>
        ),
      }))}
    />
  );
}
