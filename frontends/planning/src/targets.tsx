import { useMutation, useQuery } from '@apollo/client/react';
import {
  DATE_FORMAT,
  formatDate,
  formatNumber,
  type PickedUnit,
  ProblemAlert,
  toApiDate,
  UnitPicker,
} from '@cchc/web-shared';
import {
  Button,
  Card,
  DatePicker,
  Flex,
  type FormInstance,
  Skeleton,
  Space,
  Table,
  Tag,
  Timeline,
  Typography,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanDetailFragment } from './generated/graphql.js';
import {
  AddTargetMutation,
  OwedActionsQuery,
  RemoveTargetMutation,
  TargetSuggestionsQuery,
} from './operations.js';
import { removeColumn } from './remove-column.js';
import { type Suggestion, suggestTargets } from './suggestions.js';

type Target = PlanDetailFragment['targets'][number];

export interface PlanSectionProps {
  plan: PlanDetailFragment;
  canEdit: boolean;
  /** Runs a change; a refusal goes next to the fields of `form` it names, the rest into the page's banner. */
  run: (change: () => Promise<unknown>, form?: FormInstance) => Promise<void>;
}

/** The units to inspect: picked from the unit tree as of the plan's start, with suggestions and a date each. */
export function PlanTargets({ plan, canEdit, run }: PlanSectionProps) {
  const { t } = useTranslation('planning');
  const [addTarget, adding] = useMutation(AddTargetMutation);
  const [removeTarget] = useMutation(RemoveTargetMutation);
  const [plannedDate, setPlannedDate] = useState<Dayjs | null>(dayjs(plan.periodFrom));
  const chosen = useMemo(() => new Set(plan.targets.map((target) => target.unit.id)), [plan.targets]);
  const editable = canEdit && plan.status === 'DRAFT';
  const add = (unit: { id: string }) =>
    run(() =>
      addTarget({
        variables: {
          planId: plan.id,
          version: plan.version,
          target: { unitId: unit.id, plannedDate: plannedDate ? toApiDate(plannedDate) : null },
        },
      }),
    );
  return (
    <Card title={<span data-testid="targets-title">{t('targets', { count: plan.targets.length })}</span>}>
      {editable && (
        <Flex vertical gap="small" style={{ marginBottom: 16 }}>
          <Space wrap align="center">
            <label htmlFor="target-planned-date">{t('plannedDate')}</label>
            <DatePicker
              id="target-planned-date"
              format={DATE_FORMAT}
              value={plannedDate}
              onChange={setPlannedDate}
            />
          </Space>
          <UnitPicker
            label={t('pickTarget')}
            asOf={plan.periodFrom}
            rootUnitId={plan.leadUnit.id}
            disabledIds={chosen}
            onPick={(unit: PickedUnit) => void add(unit)}
          />
          <TargetSuggestions plan={plan} chosen={chosen} adding={adding.loading} onAdd={add} />
        </Flex>
      )}
      <Table<Target>
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={plan.targets}
        data-testid="targets-table"
        columns={[
          { title: '#', key: 'index', width: 48, render: (_, __, index) => formatNumber(index + 1) },
          { title: t('unit'), key: 'unit', render: (_, target) => target.unit.fullName },
          { title: t('plannedDate'), key: 'date', render: (_, target) => formatDate(target.plannedDate) },
          ...removeColumn<Target>(
            editable,
            (target) => target.unit.fullName,
            (target) =>
              run(() =>
                removeTarget({ variables: { planId: plan.id, version: plan.version, targetId: target.id } }),
              ),
          ),
        ]}
      />
      <Schedule targets={plan.targets} />
    </Card>
  );
}

function TargetSuggestions(props: {
  plan: PlanDetailFragment;
  chosen: Set<string>;
  adding: boolean;
  onAdd: (unit: { id: string }) => void;
}) {
  const { t } = useTranslation('planning');
  const provinceId = props.plan.leadUnit.ancestors[0]?.id;
  const previousYear = props.plan.year - 1;
  const owed = useQuery(OwedActionsQuery);
  const alerts = useQuery(TargetSuggestionsQuery, {
    variables: { provinceId: provinceId ?? '', asOf: props.plan.periodFrom, period: String(previousYear) },
    skip: !provinceId,
  });
  const ready = owed.data && alerts.data;
  const suggestions = ready
    ? suggestTargets({ ...owed.data, ...alerts.data }, props.chosen, props.plan.periodFrom).slice(0, 12)
    : [];
  const describe = (suggestion: Suggestion) =>
    [
      suggestion.openActions ? t('openActions', { count: suggestion.openActions }) : null,
      suggestion.overdueActions ? t('overdueActions', { count: suggestion.overdueActions }) : null,
      suggestion.metricAlerts
        ? t('metricAlerts', { count: suggestion.metricAlerts, year: previousYear })
        : null,
      // A roll-up missing some sub-units' figures says so.
      suggestion.metricAlerts && suggestion.coverage < 1
        ? t('coverage', { percent: formatNumber(suggestion.coverage * 100, 0) })
        : null,
    ].filter(Boolean);
  return (
    <section aria-label={t('suggestions')}>
      <Typography.Text strong>{t('suggestions')}</Typography.Text>
      <ProblemAlert
        error={owed.error ?? alerts.error}
        onReload={() => {
          void owed.refetch();
          void alerts.refetch();
        }}
      />
      {!ready && (owed.loading || alerts.loading) ? (
        <Skeleton active paragraph={{ rows: 1 }} title={false} />
      ) : suggestions.length === 0 ? (
        <Typography.Paragraph type="secondary">{t('noSuggestions')}</Typography.Paragraph>
      ) : (
        <Flex wrap gap="small" style={{ marginTop: 8 }}>
          {suggestions.map((suggestion) => (
            <Button
              key={suggestion.unitId}
              size="small"
              disabled={props.adding}
              onClick={() => props.onAdd({ id: suggestion.unitId })}
            >
              + {suggestion.unitName}
              {describe(suggestion).map((reason) => (
                <Tag
                  key={reason}
                  variant="solid"
                  color={suggestion.overdueActions ? '#a8071a' : '#874d00'}
                  style={{ marginInline: 4 }}
                >
                  {reason}
                </Tag>
              ))}
            </Button>
          ))}
        </Flex>
      )}
    </section>
  );
}

/** The targets by planned date, as a timeline. */
function Schedule({ targets }: { targets: Target[] }) {
  const { t } = useTranslation('planning');
  const byDate = new Map<string, string[]>();
  for (const target of targets) {
    const key = target.plannedDate ?? '';
    byDate.set(key, [...(byDate.get(key) ?? []), target.unit.fullName]);
  }
  const dates = [...byDate.keys()].sort((a, b) => (a === '' ? 1 : b === '' ? -1 : a.localeCompare(b)));
  if (dates.length === 0) return null;
  return (
    <section aria-label={t('schedule')} style={{ marginTop: 24 }}>
      <Typography.Title level={2} style={{ fontSize: 16 }}>
        {t('schedule')}
      </Typography.Title>
      <Timeline
        items={dates.map((date) => ({
          key: date,
          title: date ? formatDate(date) : t('unscheduled'),
          content: byDate.get(date)!.join(', '),
        }))}
      />
    </section>
  );
}
