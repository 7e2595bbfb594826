import { ProblemAlert } from '@cchc/web-shared';
import { Button, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { saveCsv, saveXlsx, type TableExport } from './export.js';

/** Downloads of a table as XLSX and CSV, made from what it shows when asked. */
export function ExportButtons({ title, table }: { title: string; table: () => TableExport }) {
  const { t } = useTranslation('reporting');
  const [writing, setWriting] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const xlsx = async () => {
    setWriting(true);
    setError(null);
    try {
      await saveXlsx(table());
    } catch (failure) {
      setError(failure);
    } finally {
      setWriting(false);
    }
  };
  return (
    <Space wrap size="small" role="group" aria-label={t('exportTo.label', { table: title })}>
      <Button size="small" loading={writing} onClick={() => void xlsx()}>
        {t('exportTo.xlsx')}
      </Button>
      <Button size="small" onClick={() => saveCsv(table())}>
        {t('exportTo.csv')}
      </Button>
      <ProblemAlert error={error} />
    </Space>
  );
}
