import { Button, type TableColumnType } from 'antd';
import { useTranslation } from 'react-i18next';

function RemoveButton({ name, onRemove }: { name: string; onRemove: () => void }) {
  const { t } = useTranslation('common');
  return (
    // Named after its row: a screen reader hears "Xóa Huyện Hòn Đất", not one "Xóa" per row.
    <Button size="small" danger aria-label={`${t('actions.remove')} ${name}`} onClick={onRemove}>
      {t('actions.remove')}
    </Button>
  );
}

/** The last column of a list the user may edit: a remove button per row; no column when it is read-only. */
export function removeColumn<Row>(
  editable: boolean,
  nameOf: (row: Row) => string,
  remove: (row: Row) => void,
): TableColumnType<Row>[] {
  if (!editable) return [];
  return [
    {
      title: '',
      key: 'remove',
      render: (_, row) => <RemoveButton name={nameOf(row)} onRemove={() => remove(row)} />,
    },
  ];
}
