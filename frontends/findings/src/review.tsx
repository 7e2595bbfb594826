import { useQuery } from '@apollo/client/react';
import {
  DataTable,
  EVIDENCE_VERDICTS,
  indicatorValueText,
  linkTo,
  ProblemAlert,
  useCursorPaging,
  useLanguage,
} from '@cchc/web-shared';
import { Button, Card, Empty, Flex, Input, Select, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type {
  EvidenceVerdict,
  FindingKind,
  FindingOrder,
  FindingStatus,
  PlanFindingsQuery,
} from './generated/graphql.js';
import { useIndicatorCatalog } from './indicator-catalog.js';
import { useKindColumn, wordsColumn } from './labels.js';
import { FindingsQuery } from './operations.js';
import { findingPath } from './routes.js';
import { WRAPPING } from './text-style.js';

const PAGE_SIZE = 20;
/** How long typing must pause before the search is sent. */
const SEARCH_DELAY_MS = 300;
/** The server refuses longer searches. */
const MAX_SEARCH_LENGTH = 100;
const FINDING_STATUSES: FindingStatus[] = ['NOTED', 'OPEN', 'RESOLVED'];
const ORDERS: FindingOrder[] = ['NEWEST', 'OLDEST', 'SEVERITY', 'AREA', 'KIND'];

type FindingRow = PlanFindingsQuery['findings']['nodes'][number];

interface ReviewProps {
  planId: string;
  units: { id: string; name: string }[];
  areas: { code: string; nameVi: string; nameEn: string }[];
}

type Filters = {
  unitIds: string[] | null;
  areaCodes: string[] | null;
  kinds: FindingKind[] | null;
  statuses: FindingStatus[] | null;
  verdicts: EvidenceVerdict[] | null;
};

const NO_FILTER: Filters = { unitIds: null, areaCodes: null, kinds: null, statuses: null, verdicts: null };

/**
 * Every finding of the plan, a page at a time, filtered by the server on unit, area, kind, status, verdict and
 * words of the text (with or without accents), in the order chosen; each opens on its own page.
 */
export function FindingsReview({ planId, units, areas }: ReviewProps) {
  const { t } = useTranslation('findings');
  const language = useLanguage();
  const nameOf = (named: { nameVi: string; nameEn: string }) =>
    language === 'en' ? named.nameEn : named.nameVi;
  const { byCode } = useIndicatorCatalog();
  const [filters, setFilters] = useState<Filters>(NO_FILTER);
  const [typed, setTyped] = useState('');
  const [search, setSearch] = useState('');
  const [order, setOrder] = useState<FindingOrder>('NEWEST');
  const paging = useCursorPaging(PAGE_SIZE);
  const { reset } = paging;
  const kindColumn = useKindColumn<FindingRow>(filters.kinds);
  useEffect(() => {
    const term = typed.trim();
    if (term === search) return;
    // The search and the return to the first page in one render, so no page past the new total is asked.
    const timer = setTimeout(() => {
      setSearch(term);
      reset();
    }, SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [typed, search, reset]);
  const { data, loading, error, refetch } = useQuery(FindingsQuery, {
    variables: {
      filter: { planId, ...filters, search: search || null },
      orderBy: order,
      first: PAGE_SIZE,
      after: paging.after,
    },
    fetchPolicy: 'cache-and-network',
  });
  const connection = data?.findings;
  const chosen = <T,>(values: unknown[] | null | undefined) => (values?.length ? (values as T[]) : null);
  const names = (values: string[] | null, label: (value: string) => string) => values?.map(label).join(', ');
  const hiding = [
    search && t('reviewTable.searched', { search }),
    names(filters.unitIds, (id) => units.find((unit) => unit.id === id)?.name ?? id),
    names(filters.areaCodes, (code) => {
      const area = areas.find((candidate) => candidate.code === code);
      return area ? nameOf(area) : code;
    }),
    names(filters.kinds, (kind) => t(`common:findingKinds.${kind}`)),
    names(filters.statuses, (status) => t(`common:findingStatuses.${status}`)),
    names(filters.verdicts, (verdict) => t(`common:evidenceVerdicts.${verdict}`)),
  ].filter(Boolean);
  const clearFilters = () => {
    setFilters(NO_FILTER);
    setTyped('');
    setSearch('');
    reset();
  };
  return (
    <Card>
      <Typography.Title level={2} style={{ fontSize: 20, marginTop: 0 }}>
        {t('review')}
      </Typography.Title>
      <Flex wrap gap="middle" align="end" style={{ marginBottom: 12 }}>
        <Flex vertical gap={4} style={{ flex: '1 1 320px', maxWidth: 520 }}>
          <label htmlFor="findings-review-search">{t('reviewTable.search')}</label>
          <Input
            id="findings-review-search"
            type="search"
            allowClear
            maxLength={MAX_SEARCH_LENGTH}
            placeholder={t('reviewTable.searchHint')}
            value={typed}
            onChange={(event) => setTyped(event.target.value)}
          />
        </Flex>
        <Flex vertical gap={4}>
          <label htmlFor="findings-review-order">{t('reviewTable.order')}</label>
          <Select<FindingOrder>
            id="findings-review-order"
            style={{ minWidth: 260 }}
            value={order}
            onChange={(picked) => {
              setOrder(picked);
              reset();
            }}
            options={ORDERS.map((value) => ({ value, label: t(`reviewTable.orders.${value}`) }))}
          />
        </Flex>
      </Flex>
      <ProblemAlert error={error} onReload={() => void refetch()} />
      <div data-testid="findings-review">
        <DataTable<FindingRow>
          rowKey="id"
          connection={connection}
          loading={loading}
          paging={paging}
          empty={
            hiding.length ? (
              <Flex vertical align="center" gap="small" data-testid="findings-review-hidden">
                <Typography.Text>{t('reviewTable.hidden', { filters: hiding.join('; ') })}</Typography.Text>
                <Button onClick={clearFilters}>{t('reviewTable.clear')}</Button>
              </Flex>
            ) : (
              <Empty description={t('noFindings')} />
            )
          }
          onQueryChange={({ filters: picked }) =>
            setFilters({
              unitIds: chosen(picked.unit),
              areaCodes: chosen(picked.area),
              kinds: chosen(picked.kind),
              statuses: chosen(picked.status),
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
            kindColumn,
            {
              title: t('text'),
              key: 'text',
              render: (_, finding) => (
                <a {...linkTo(findingPath(finding.id))} style={WRAPPING}>
                  {finding.text}
                </a>
              ),
            },
            wordsColumn<FindingRow, FindingStatus>(t, {
              title: t('reviewTable.status'),
              key: 'status',
              width: 150,
              values: FINDING_STATUSES,
              words: 'common:findingStatuses',
              filteredValue: filters.statuses,
              rowValue: (finding) => finding.status,
            }),
            wordsColumn<FindingRow, EvidenceVerdict>(t, {
              title: t('verdict'),
              key: 'verdict',
              width: 190,
              values: EVIDENCE_VERDICTS,
              words: 'common:evidenceVerdicts',
              filteredValue: filters.verdicts,
              rowValue: (finding) => finding.verdict,
            }),
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
