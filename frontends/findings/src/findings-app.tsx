import { session, usePathname, useSession } from '@cchc/web-shared';
import { Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { FindingPage } from './finding-page.js';
import { PendingFindings } from './pending-findings.js';
import { PlanPage } from './plan-page.js';
import { PlanPicker } from './plan-picker.js';
import { PrintPage } from './print-page.js';
import { findingsRouteOf } from './routes.js';
import { TargetPage } from './target-page.js';
import { UnitHome } from './unit-home.js';

/**
 * Recording a plan's visits and findings, unit by unit, and reviewing them (inspectors and administrators);
 * a unit officer sees its own unit's findings, notice and corrective actions, and answers them.
 */
export function FindingsApp() {
  const { t } = useTranslation('findings');
  const { user } = useSession();
  const route = findingsRouteOf(usePathname());
  if (user?.roles.includes('UNIT_OFFICER') && user.unitId) return <UnitHome unitId={user.unitId} />;
  if (!session.hasRole('ADMIN', 'INSPECTOR')) return <Result status="403" title={t('notAllowed')} />;
  switch (route.page) {
    case 'plans':
      return <PlanPicker />;
    case 'plan':
      return <PlanPage planId={route.planId} />;
    case 'target':
      // Outside the target page: the findings not yet saved show even when its plan cannot be read (offline).
      return (
        <>
          <PendingFindings targetId={route.targetId} />
          <TargetPage planId={route.planId} targetId={route.targetId} />
        </>
      );
    case 'print':
      return <PrintPage planId={route.planId} targetId={route.targetId} />;
    case 'finding':
      return <FindingPage findingId={route.findingId} />;
  }
}
