import { useApolloClient, useQuery } from '@apollo/client/react';
import { Button, Modal, Select, Space, Tree, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PickedUnitFragment } from './generated/graphql.js';
import { formatDate } from './i18n.js';
import { UnitChildrenQuery, UnitRootsQuery, UnitSearchQuery } from './unit-operations.js';

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
  /** Where tree browsing starts; the provinces in force on asOf when absent. */
  roots?: PickedUnit[];
  label?: string;
  /** Units already chosen, shown as such. */
  disabledIds?: Set<string>;
  /** The search box's id, for a form label. */
  id?: string;
}

/**
 * Finds an administrative unit by name or code, with or without accents ("hon dat" finds Hòn Đất), or by
 * browsing the unit tree, as the units were on a given date.
 */
export function UnitPicker({ asOf, onPick, roots, label, disabledIds, id }: UnitPickerProps) {
  const { t } = useTranslation('common');
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
          roots={roots}
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
  disabled?: boolean;
  children?: TreeNode[];
  unit: PickedUnit;
}

const toNode = (unit: PickedUnit, disabledIds: Set<string> | undefined): TreeNode => ({
  key: unit.id,
  title: `${unit.fullName} (${unit.code})`,
  isLeaf: unit.level === 'COMMUNE',
  disabled: disabledIds?.has(unit.id),
  unit,
});

function UnitTreeDialog(props: {
  asOf?: string;
  roots?: PickedUnit[];
  disabledIds?: Set<string>;
  onClose: () => void;
  onPick: (unit: PickedUnit) => void;
}) {
  const { t } = useTranslation('common');
  const client = useApolloClient();
  const provinces = useQuery(UnitRootsQuery, { variables: { asOf: props.asOf }, skip: Boolean(props.roots) });
  const [nodes, setNodes] = useState<TreeNode[]>([]);
  const rootUnits = props.roots ?? provinces.data?.units.nodes;
  useEffect(() => {
    if (rootUnits) setNodes(rootUnits.map((unit) => toNode(unit, props.disabledIds)));
  }, [rootUnits, props.disabledIds]);
  const loadChildren = async (parent: TreeNode) => {
    const { data } = await client.query({
      query: UnitChildrenQuery,
      variables: { id: parent.key, asOf: props.asOf },
    });
    const children = (data?.unit?.children ?? []).map((unit) => toNode(unit, props.disabledIds));
    const attach = (list: TreeNode[]): TreeNode[] =>
      list.map((node) =>
        node.key === parent.key
          ? { ...node, children, isLeaf: children.length === 0 }
          : { ...node, children: node.children && attach(node.children) },
      );
    setNodes((current) => attach(current));
  };
  return (
    <Modal open title={t('unitPicker.tree')} onCancel={props.onClose} footer={null} width={640}>
      {props.asOf && (
        <Typography.Paragraph type="secondary">
          {t('unitPicker.asOf', { date: formatDate(props.asOf) })}
        </Typography.Paragraph>
      )}
      <Tree<TreeNode>
        treeData={nodes}
        loadData={loadChildren}
        height={420}
        aria-label={t('unitPicker.tree')}
        onSelect={(_keys, { node }) => props.onPick(node.unit)}
      />
    </Modal>
  );
}
