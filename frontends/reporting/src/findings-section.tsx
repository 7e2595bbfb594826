import { useQuery } from '@apollo/client/react';
import {
  EVIDENCE_VERDICTS,
  FINDING_KIND_COLORS,
  FINDING_KINDS,
  i18n,
  ProblemAlert,
  useLanguage,
} from '@cchc/web-shared';
import { Typography } from 'antd';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { type CountRow, CountsBlock } from './counts-block.js';
import { fileSlug } from './export.js';
import { countText } from './format.js';
import type { EvidenceVerdict, FindingFilter, FindingStatus } from './generated/graphql.js';
import { FindingCountsQuery } from './operations.js';
import { type DashboardScope, fileFilters } from './scope.js';
import { Section } from './section.js';
import { yearOf } from './selection.js';

const STATUSES: FindingStatus[] = ['NOTED', 'OPEN', 'RESOLVED'];

/** The filter of the unit's findings of the year, sub-units included (and, for today's units, through the lineage). */
export function findingFilterOf(scope: DashboardScope): FindingFilter {
  return {
    unitIds: [scope.unit.id],
    includeDescendants: true,
    year: yearOf(scope.selection.period),
    ...(scope.throughLineage ? { throughLineage: true } : {}),
  };
}

/** Rows of one dimension's counts in a fixed order, with each value's words in both the user's language and Vietnamese. */
function rowsOf<Key extends string>(
  keys: Key[],
  words: string,
  countOf: (key: Key) => number,
  t: TFunction,
  colors?: Record<Key, string>,
): CountRow[] {
  const vi = i18n.getFixedT('vi', 'reporting');
  return keys.map((key) => {
    const path: string = `${words}.${key}`;
    return { key, label: t(path), labelVi: vi(path), count: countOf(key), color: colors?.[key] };
  });
}

/** The year's findings at the unit and below it, counted by area, kind, status and what the figures say. */
export function FindingsSection({ scope }: { scope: DashboardScope }) {
  const { t } = useTranslation('reporting');
  const language = useLanguage();
  const filter = findingFilterOf(scope);
  const withVerdict = (verdict: EvidenceVerdict) => ({ ...filter, verdicts: [verdict] });
  const { data, loading, error, refetch } = useQuery(FindingCountsQuery, {
    variables: {
      filter,
      consistent: withVerdict('CONSISTENT'),
      contradicted: withVerdict('CONTRADICTED'),
      revised: withVerdict('REVISED'),
      notMeasured: withVerdict('NOT_MEASURED'),
    },
  });
  const year = yearOf(scope.selection.period);
  const total = (data?.byKind ?? []).reduce((sum, stat) => sum + stat.count, 0);
  const verdictCounts: Record<EvidenceVerdict, number | undefined> = {
    CONSISTENT: data?.consistent.totalCount,
    CONTRADICTED: data?.contradicted.totalCount,
    REVISED: data?.revised.totalCount,
    NOT_MEASURED: data?.notMeasured.totalCount,
  };
  const dimensions: { key: string; title: string; rows: CountRow[] }[] = [
    {
      key: 'area',
      title: t('findings.byArea'),
      rows: (data?.byArea ?? []).map((stat) => ({
        key: stat.areaCode ?? '',
        label: (language === 'en' ? stat.areaNameEn : stat.areaNameVi) ?? '',
        labelVi: stat.areaNameVi ?? '',
        count: stat.count,
      })),
    },
    {
      key: 'kind',
      title: t('findings.byKind'),
      rows: rowsOf(
        FINDING_KINDS,
        'common:findingKinds',
        (k) => data?.byKind.find((s) => s.kind === k)?.count ?? 0,
        t,
        FINDING_KIND_COLORS,
      ),
    },
    {
      key: 'status',
      title: t('findings.byStatus'),
      rows: rowsOf(
        STATUSES,
        'common:findingStatuses',
        (k) => data?.byStatus.find((s) => s.status === k)?.count ?? 0,
        t,
      ),
    },
    {
      key: 'verdict',
      title: t('findings.byVerdict'),
      rows: rowsOf(EVIDENCE_VERDICTS, 'common:evidenceVerdicts', (k) => verdictCounts[k] ?? 0, t),
    },
  ];
  const vi = i18n.getFixedT('vi', 'reporting');
  return (
    <Section testId="findings" title={t('findings.title', { year })}>
      <Typography.Paragraph>
        {t('findings.scope')}
        {data && ` — ${t('findings.total', { count: total, formatted: countText(total) })}`}
      </Typography.Paragraph>
      <ProblemAlert error={error} onReload={() => void refetch()} />
      {dimensions.map((dimension) => (
        <CountsBlock
          key={dimension.key}
          testId={`findings-by-${dimension.key}`}
          title={dimension.title}
          countHeader={t('findings.count')}
          chartLabel={t('findings.chart', { dimension: dimension.title.toLowerCase() })}
          empty={t('findings.empty')}
          rows={data && total > 0 ? dimension.rows : []}
          loading={loading && !data}
          exported={(rows) => ({
            title: `${vi('findings.title', { year })} — ${scope.unit.fullName}`,
            fileName: fileSlug(`ket-qua-kiem-tra ${dimension.key} ${scope.unit.name} ${year}`),
            filters: fileFilters(scope),
            header: [
              vi(`findings.by${dimension.key[0]!.toUpperCase()}${dimension.key.slice(1)}`),
              vi('findings.count'),
            ],
            rows: rows.map((row) => [row.labelVi, row.count]),
          })}
        />
      ))}
    </Section>
  );
}
