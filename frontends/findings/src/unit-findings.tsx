import { useQuery } from '@apollo/client/react';
import { DataTable, ProblemAlert, useCursorPaging, useLanguage } from '@cchc/web-shared';
import { Flex, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FindingKind, UnitSideFindingsQuery as Result } from './generated/graphql.js';
import { useKindColumn } from './labels.js';
import { WRAPPING } from './text-style.js';
import { UnitSideFindingFacetsQuery, UnitSideFindingsQuery } from './unit-side.operations.js';

type Finding = Result['findings']['nodes'][number];

const PAGE_SIZE = 20;

interface Filters {
  /** The plan's year: the API filters on one. */
  year: number | null;
  areaCodes: string[] | null;
  kinds: FindingKind[] | null;
  unitIds: string[] | null;
}

const NO_FILTER: Filters = { year: null, areaCodes: null, kinds: null, unitIds: null };

const chosen = <T,>(values: unknown[] | null | undefined) => (values?.length ? (values as T[]) : null);

/**
 * What inspections found at the unit and the units under it, a page at a time, filtered by the server on the
 * plan's year, the area, the kind and the unit. The filters offer only what the unit's own findings hold.
 */
export function UnitFindings() {
  const { t } = useTranslation('findings');
  const language = useLanguage();
  const nameOf = (named: { nameVi: string; nameEn: string }) =>
    language === 'en' ? named.nameEn : named.nameVi;
  const [filters, setFilters] = useState<Filters>(NO_FILTER);
  const paging = useCursorPaging(PAGE_SIZE);
  const kindColumn = useKindColumn<Finding>(filters.kinds);
  const facets = useQuery(UnitSideFindingFacetsQuery).data;
  const { data, loading, error, refetch } = useQuery(UnitSideFindingsQuery, {
    variables: { filter: filters, first: PAGE_SIZE, after: paging.after },
    fetchPolicy: 'cache-and-network',
  });
  const connection = data?.findings;
  const years = (facets?.years ?? []).flatMap((stat) => (stat.year ? [stat.year] : [])).sort((a, b) => b - a);
  return (
    <Flex vertical gap="middle">
      <ProblemAlert error={error} onReload={() => void refetch()} />
      <div data-testid="unit-findings">
        <DataTable<Finding>
          rowKey="id"
          connection={connection}
          loading={loading && !connection}
          paging={paging}
          onQueryChange={({ filters: picked }) =>
            setFilters({
              year: chosen<number>(picked.plan)?.[0] ?? null,
              areaCodes: chosen(picked.area),
              kinds: chosen(picked.kind),
              unitIds: chosen(picked.unit),
            })
          }
          columns={[
            {
              title: t('plan'),
              key: 'plan',
              width: 200,
              filters: years.map((year) => ({
                value: year,
                text: t('unitSide.findings.planYear', { year }),
              })),
              filterMultiple: false,
              filteredValue: filters.year ? [filters.year] : null,
              render: (_, finding) => finding.plan.title,
            },
            {
              title: t('unit'),
              key: 'unit',
              width: 160,
              filters: (facets?.units ?? []).flatMap((stat) =>
                stat.unit ? [{ value: stat.unit.id, text: stat.unit.fullName }] : [],
              ),
              filteredValue: filters.unitIds,
              render: (_, finding) => finding.unit.fullName,
            },
            {
              title: t('area'),
              key: 'area',
              width: 180,
              filters: (facets?.areas ?? []).flatMap((stat) =>
                stat.areaCode
                  ? [
                      {
                        value: stat.areaCode,
                        text: language === 'en' ? stat.areaNameEn : stat.areaNameVi,
                      },
                    ]
                  : [],
              ),
              filteredValue: filters.areaCodes,
              render: (_, finding) => nameOf(finding.area),
            },
            kindColumn,
            {
              title: t('unitSide.findings.text'),
              dataIndex: 'text',
              render: (text: string) => <span style={WRAPPING}>{text}</span>,
            },
            {
              title: t('unitSide.findings.status'),
              key: 'status',
              width: 140,
              render: (_, finding) => (
                <Typography.Text>{t(`common:findingStatuses.${finding.status}`)}</Typography.Text>
              ),
            },
          ]}
        />
      </div>
    </Flex>
  );
}
