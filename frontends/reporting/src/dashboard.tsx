import { useApolloClient, useQuery } from '@apollo/client/react';
import { linkTo, ProblemAlert, session } from '@cchc/web-shared';
import { Breadcrumb, Flex, Result, Spin, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { navigateToUrl } from 'single-spa';
import { ActionsSection } from './actions-section.js';
import { ClassificationSection } from './classification-section.js';
import { FiltersBar } from './filters-bar.js';
import { FindingsSection } from './findings-section.js';
import { IndicatorsSection } from './indicators-section.js';
import { counterpartsOn, type LinkedUnit } from './lineage.js';
import { LineageNote } from './lineage-note.js';
import { ReportingUnitQuery, UnitByCodeQuery, UnitLineageQuery } from './operations.js';
import { RankingSection } from './ranking-section.js';
import { reportingPath } from './routes.js';
import type { DashboardScope } from './scope.js';
import { type Selection, type UnitsView, unitsAsOf } from './selection.js';
import { TrendsSection } from './trends-section.js';

interface Linked {
  id: string;
  validFrom?: string | null;
  validTo?: string | null;
  successors?: { unit: Linked }[];
  predecessors?: { unit: Linked }[];
}

/** A unit's links one way (successors or predecessors), as far as they were asked. */
const linkedOf = (unit: Linked, way: 'successors' | 'predecessors'): LinkedUnit => ({
  id: unit.id,
  validFrom: unit.validFrom,
  validTo: unit.validTo,
  links: (unit[way] ?? []).map((link) => ({ unit: linkedOf(link.unit, way) })),
});

/** One unit's dashboard: where it sits, the filters, and each section of figures, findings and actions. */
export function Dashboard({
  unitId,
  selection,
  today,
}: {
  unitId: string;
  selection: Selection;
  today: string;
}) {
  const { t } = useTranslation('reporting');
  const client = useApolloClient();
  const asOf = unitsAsOf(selection, today);
  const { data, loading, error, refetch } = useQuery(ReportingUnitQuery, { variables: { id: unitId, asOf } });
  const [switching, setSwitching] = useState<unknown>(null);
  const pathOf = (id: string | null, next: Selection = selection) => reportingPath(id, next);

  /** To the same place on the other map: the unit's counterpart in force then (or today), else the province. */
  const switchUnits = async (view: UnitsView) => {
    const next = { ...selection, view };
    const day = unitsAsOf(next, today);
    try {
      setSwitching(null);
      const lineage = (await client.query({ query: UnitLineageQuery, variables: { id: unitId } })).data?.unit;
      if (!lineage) return navigateToUrl(pathOf(null, next));
      const way = view === 'today' ? 'successors' : 'predecessors';
      const found = counterpartsOn(linkedOf(lineage, way), day);
      if (found.length === 1) return navigateToUrl(pathOf(found[0]!, next));
      const code = (lineage.ancestors[0] ?? lineage).code;
      const province = (await client.query({ query: UnitByCodeQuery, variables: { code, asOf: day } })).data;
      navigateToUrl(pathOf(province?.unitByCode?.id ?? null, next));
    } catch (failure) {
      setSwitching(failure);
    }
  };

  const unit = data?.unit;
  if (!unit) {
    if (loading) return <Spin />;
    return error ? (
      <ProblemAlert error={error} onReload={() => void refetch()} />
    ) : (
      <Result status="404" title={t('notFound')} />
    );
  }
  const scope: DashboardScope = { unit, selection, asOf, today, throughLineage: selection.view === 'today' };
  const children = unit.children.map((child) => ({
    id: child.id,
    name: child.name,
    fullName: child.fullName,
    kind: child.kind,
    partial: child.predecessors.some((link) => link.partial),
  }));
  return (
    <Flex vertical gap={16} data-testid="dashboard">
      <header>
        <nav aria-label={t('place.breadcrumb')}>
          <Breadcrumb
            items={[
              ...unit.ancestors.map((ancestor) => ({
                key: ancestor.id,
                title: <a {...linkTo(pathOf(ancestor.id))}>{ancestor.name}</a>,
              })),
              { key: unit.id, title: <span aria-current="page">{unit.name}</span> },
            ]}
          />
        </nav>
        <Typography.Title level={1} style={{ fontSize: 26, margin: '8px 0' }}>
          {unit.fullName}
        </Typography.Title>
        <LineageNote predecessors={unit.predecessors} />
      </header>
      <FiltersBar
        selection={selection}
        today={today}
        asOf={asOf}
        onChange={(next) => navigateToUrl(pathOf(unitId, next))}
        onSwitchUnits={(view) => void switchUnits(view)}
        onPickUnit={(id) => navigateToUrl(pathOf(id))}
      />
      <ProblemAlert error={switching} />
      <IndicatorsSection scope={scope} />
      <TrendsSection scope={scope} />
      <RankingSection
        scope={scope}
        units={children}
        pathOf={(id) => pathOf(id)}
        onDrill={(id) => navigateToUrl(pathOf(id))}
      />
      <FindingsSection scope={scope} />
      {session.hasRole('ADMIN', 'INSPECTOR', 'ANALYST', 'UNIT_OFFICER') && <ActionsSection scope={scope} />}
      {session.hasRole('ADMIN', 'INSPECTOR', 'ANALYST') && <ClassificationSection scope={scope} />}
    </Flex>
  );
}
