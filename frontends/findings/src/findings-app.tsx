import { session, usePathname } from '@cchc/web-shared';
import { Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { PlanPage } from './plan-page.js';
import { PlanPicker } from './plan-picker.js';
import { findingsRouteOf } from './routes.js';
import { TargetPage } from './target-page.js';

/** Recording a plan's visits and findings, unit by unit, and reviewing them: inspectors and administrators. */
export function FindingsApp() {
  const { t } = useTranslation('findings');
  const route = findingsRouteOf(usePathname());
  if (!session.hasRole('ADMIN', 'INSPECTOR')) return <Result status="403" title={t('notAllowed')} />;
  switch (route.page) {
    case 'plans':
      return <PlanPicker />;
    case 'plan':
      return <PlanPage planId={route.planId} />;
    case 'target':
      return <TargetPage planId={route.planId} targetId={route.targetId} />;
  }
}
