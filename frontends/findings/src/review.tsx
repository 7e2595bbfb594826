import { useQuery } from '@apollo/client/react';
import { DataTable, ProblemAlert, useCursorPaging, useLanguage } from '@cchc/web-shared';
import { Card, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { indicatorValueText } from './evidence.js';
import type { EvidenceVerdict, FindingKind, FindingRowFragment as FindingRow } from './generated/graphql.js';
import { useIndicatorCatalog } from './indicator-catalog.js';
import { FINDING_KINDS, KindTag, VERDICTS } from './labels.js';
import { FindingsQuery } from './operations.js';

const PAGE_SIZE = 20;

interface ReviewProps {
  planId: string;
  units: { id: string; name: string }[];
  areas: { code: string; nameVi: string; nameEn: string }[];
}

type Filters = {
  unitIds: string[] | null;
  areaCodes: string[] | null;
  kinds: FindingKind[] | null;
  verdicts: EvidenceVerdict[] | null;
};

const NO_FILTER: Filters = { unitIds: null, areaCodes: null, kinds: null, verdicts: null };

/** Every finding of the plan, a page at a time, filtered by the server on unit, area, kind and verdict. */
export function FindingsReview({ planId, units, areas }: ReviewProps) {
  const { t } = useTranslation('findings');
  const language = useLanguage();
  const nameOf = (named: { nameVi: string; nameEn: string }) =>
    language === 'en' ? named.nameEn : named.nameVi;
  const { byCode } = useIndicatorCatalog();
  const [filters, setFilters] = useState<Filters>(NO_FILTER);
  const paging = useCursorPaging(PAGE_SIZE);
  const { data, loading, error, refetch } = useQuery(FindingsQuery, {
    variables: { filter: { planId, ...filters }, first: PAGE_SIZE, after: paging.after },
    fetchPolicy: 'cache-and-network',
  });
  const connection = data?.findings;
  const chosen = <T,>(values: unknown[] | null | undefined) => (values?.length ? (values as T[]) : null);
  return (
    <Card>
      <Typography.Title level={2} style={{ fontSize: 20, marginTop: 0 }}>
        {t('review')}
      </Typography.Title>
      <ProblemAlert error={error} onReload={() => void refetch()} />
      <div data-testid="findings-review">
        <DataTable<FindingRow>
          rowKey="id"
          rows={connection?.nodes}
          loading={loading}
          totalCount={connection?.totalCount}
          endCursor={connection?.pageInfo.endCursor}
          hasNextPage={connection?.pageInfo.hasNextPage}
          paging={paging}
          onQueryChange={({ filters: picked }) =>
            setFilters({
              unitIds: chosen(picked.unit),
              areaCodes: chosen(picked.area),
              kinds: chosen(picked.kind),
              verdicts: chosen(picked.verdict),
            })
          }
          columns={[
            {
              title: t('unit'),
              key: 'unit',
              width: 180,
              filters: units.map((unit) => ({ value: unit.id, text: unit.name })),
              filterSearch: true,
              filteredValue: filters.unitIds,
              render: (_, finding) => finding.unit.name,
            },
            {
              title: t('area'),
              key: 'area',
              width: 200,
              filters: areas.map((area) => ({ value: area.code, text: nameOf(area) })),
              filteredValue: filters.areaCodes,
              render: (_, finding) => nameOf(finding.area),
            },
            {
              title: t('kind'),
              key: 'kind',
              width: 150,
              filters: FINDING_KINDS.map((kind) => ({ value: kind, text: t(`kinds.${kind}`) })),
              filteredValue: filters.kinds,
              render: (_, finding) => <KindTag kind={finding.kind} />,
            },
            {
              title: t('text'),
              dataIndex: 'text',
              render: (text: string) => (
                <span style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>{text}</span>
              ),
            },
            {
              title: t('verdict'),
              key: 'verdict',
              width: 190,
              filters: VERDICTS.map((verdict) => ({ value: verdict, text: t(`verdicts.${verdict}`) })),
              filteredValue: filters.verdicts,
              render: (_, finding) => t(`verdicts.${finding.verdict}`),
            },
            {
              title: t('measuredValue'),
              key: 'value',
              width: 120,
              align: 'right',
              render: (_, finding) => {
                const reading = finding.evidenceReading;
                const indicator = reading && byCode.get(reading.indicatorCode);
                return indicator ? indicatorValueText(reading.value, indicator.valueUnit) : '';
              },
            },
          ]}
        />
      </div>
    </Card>
  );
}
