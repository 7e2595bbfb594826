import { useUnitScope } from '@cchc/web-shared';
import { Card, Tabs, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { UnitActions } from './unit-actions.js';
import { UnitFindings } from './unit-findings.js';
import { UnitNotices } from './unit-notices.js';

/**
 * A unit officer's page: what inspections expect of its unit and by when, what they found, and the notices
 * sent. Every list is its own unit tree's, scoped by the server: the page never names another unit.
 */
export function UnitHome({ unitId }: { unitId: string }) {
  const { t } = useTranslation('findings');
  const scope = useUnitScope();
  return (
    <Card>
      <Typography.Title level={1} style={{ fontSize: 22, marginTop: 0 }} data-testid="unit-home-title">
        {t('unitSide.title', { unit: scope?.unit?.fullName ?? '…' })}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('unitSide.intro')}</Typography.Paragraph>
      <Tabs
        items={[
          { key: 'expected', label: t('unitSide.tabs.expected'), children: <UnitActions /> },
          { key: 'findings', label: t('unitSide.tabs.findings'), children: <UnitFindings /> },
          { key: 'notices', label: t('unitSide.tabs.notices'), children: <UnitNotices unitId={unitId} /> },
        ]}
      />
    </Card>
  );
}
