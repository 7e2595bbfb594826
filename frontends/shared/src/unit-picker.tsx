import { useApolloClient, useQuery } from '@apollo/client/react';
import { Button, Modal, Select, Space, Spin, Tree, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PickedUnitFragment } from './generated/graphql.js';
import { formatDate } from './i18n.js';
import { UnitChildrenQuery, UnitPlaceQuery, UnitRootsQuery, UnitSearchQuery } from './unit-operations.js';
import { provinceCodeOf, splitProvinces, useUnitScope } from './unit-scope.js';

export type PickedUnit = PickedUnitFragment;

/** Waits until typing pauses before searching. */
function useDebounced<T>(value: T, delayMs: number): T {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(value), delayMs);
    return () => clearTimeout(timer);
  }, [value, delayMs]);
  return debounced;
}

const describeUnit = (unit: PickedUnit) =>
  unit.parent ? `${unit.fullName} — ${unit.parent.name} (${unit.code})` : `${unit.fullName} (${unit.code})`;

export interface UnitPickerProps {
  /** Units in force on this date (YYYY-MM-DD): a plan picks its targets as the map was then. */
  asOf?: string;
  onPick: (unit: PickedUnit) => void;
  /**
   * A unit whose province the tree opens on (e.g. the plan's lead unit), for users without a unit scope; a
   * unit officer's tree opens on its own province. Without either, every province is listed.
   */
  rootUnitId?: string;
  label?: string;
  /** Units already chosen, shown as such. */
  disabledIds?: Set<string>;
  /** The search box's id, for a form label. */
  id?: string;
}

/**
 * Finds an administrative unit by name or code ("91-SNV", "903"), with or without accents ("hon dat" finds
 * Hòn Đất), or by browsing the unit tree, as the units were on a given date.
 */
export function UnitPicker({ asOf, onPick, rootUnitId, label, disabledIds, id }: UnitPickerProps) {
  const { t } = useTranslation('common');
  const scope = useUnitScope();
  const [search, setSearch] = useState('');
  const [browsing, setBrowsing] = useState(false);
  const term = useDebounced(search.trim(), 250);
  const { data, loading } = useQuery(UnitSearchQuery, {
    variables: { search: term, asOf, first: 20 },
    skip: term.length < 2,
  });
  const units = term.length < 2 ? [] : (data?.units.nodes ?? []);
  const pick = (unit: PickedUnit) => {
    setSearch('');
    onPick(unit);
  };
  return (
    <Space.Compact style={{ width: '100%' }}>
      <Select<string>
        id={id}
        showSearch={{ filterOption: false, onSearch: setSearch, searchValue: search }}
        value={null}
        aria-label={label ?? t('unitPicker.placeholder')}
        placeholder={t('unitPicker.placeholder')}
        loading={loading}
        style={{ flex: 1 }}
        notFoundContent={term.length >= 2 && !loading ? t('unitPicker.noMatch') : null}
        options={units.map((unit) => ({
          value: unit.id,
          label: describeUnit(unit),
          disabled: disabledIds?.has(unit.id),
        }))}
        onSelect={(id) => {
          const unit = units.find((candidate) => candidate.id === id);
          if (unit) pick(unit);
        }}
      />
      <Button onClick={() => setBrowsing(true)}>{t('unitPicker.browse')}</Button>
      {browsing && (
        <UnitTreeDialog
          asOf={asOf}
          homeUnitId={scope?.unitId ?? rootUnitId}
          disabledIds={disabledIds}
          onClose={() => setBrowsing(false)}
          onPick={(unit) => {
            setBrowsing(false);
            pick(unit);
          }}
        />
      )}
    </Space.Compact>
  );
}

interface TreeNode {
  key: string;
  title: string;
  isLeaf: boolean;
  selectable?: boolean;
  disabled?: boolean;
  children?: TreeNode[];
  unit?: PickedUnit;
}

/** The node that holds the provinces other than the user's, opened on demand. */
const OTHER_PROVINCES = 'other-provinces';

const toNode = (unit: PickedUnit, disabledIds: Set<string> | undefined): TreeNode => ({
  key: unit.id,
  title: `${unit.fullName} (${unit.code})`,
  isLeaf: unit.level === 'COMMUNE',
  disabled: disabledIds?.has(unit.id),
  unit,
});

/**
 * The provinces in force on asOf, the home one (of the user's unit, or of homeUnitId) first and open, the
 * others folded under one node; all of them when there is no home province.
 */
function useTreeRoots(asOf: string | undefined, homeUnitId: string | undefined) {
  const { t } = useTranslation('common');
  const provinces = useQuery(UnitRootsQuery, { variables: { asOf } });
  const place = useQuery(UnitPlaceQuery, { variables: { id: homeUnitId ?? '' }, skip: !homeUnitId });
  if (!provinces.data || (homeUnitId && place.loading)) return null;
  const homeCode = place.data?.unit ? provinceCodeOf(place.data.unit) : undefined;
  const { home, others } = splitProvinces(provinces.data.units.nodes, homeCode);
  if (!home) return { home: undefined, others, title: '' };
  return { home, others, title: t('unitPicker.otherProvinces', { count: others.length }) };
}

function UnitTreeDialog(props: {
  asOf?: string;
  homeUnitId?: string;
  disabledIds?: Set<string>;
  onClose: () => void;
  onPick: (unit: PickedUnit) => void;
}) {
  const { t } = useTranslation('common');
  const client = useApolloClient();
  const roots = useTreeRoots(props.asOf, props.homeUnitId);
  /** The children of each unit opened so far, by the unit's id. */
  const [loaded, setLoaded] = useState<Record<string, PickedUnit[]>>({});
  const build = (unit: PickedUnit): TreeNode => {
    const node = toNode(unit, props.disabledIds);
    const children = loaded[unit.id];
    return children ? { ...node, isLeaf: children.length === 0, children: children.map(build) } : node;
  };
  const treeData =
    roots &&
    (roots.home
      ? [
          build(roots.home),
          {
            key: OTHER_PROVINCES,
            title: roots.title,
            isLeaf: false,
            selectable: false,
            children: roots.others.map(build),
          },
        ]
      : roots.others.map(build));
  const loadChildren = async (parent: TreeNode) => {
    if (!parent.unit || loaded[parent.key]) return;
    const { data } = await client.query({
      query: UnitChildrenQuery,
      variables: { id: parent.key, asOf: props.asOf },
    });
    const children = data?.unit?.children ?? [];
    setLoaded((current) => ({ ...current, [parent.key]: children }));
  };
  return (
    <Modal open title={t('unitPicker.tree')} onCancel={props.onClose} footer={null} width={640}>
      {props.asOf && (
        <Typography.Paragraph type="secondary">
          {t('unitPicker.asOf', { date: formatDate(props.asOf) })}
        </Typography.Paragraph>
      )}
      {treeData ? (
        <Tree<TreeNode>
          treeData={treeData}
          loadData={loadChildren}
          defaultExpandedKeys={roots?.home ? [roots.home.id] : []}
          height={420}
          aria-label={t('unitPicker.tree')}
          onSelect={(_keys, { node }) => node.unit && props.onPick(node.unit)}
        />
      ) : (
        <Spin />
      )}
    </Modal>
  );
}
