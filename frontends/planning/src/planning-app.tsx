import { session, useSession } from '@cchc/web-shared';
import { Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { PlanDetail } from './plan-detail.js';
import { PlanForm } from './plan-form.js';
import { PlanList } from './plan-list.js';
import { planningRouteOf, usePathname } from './routes.js';
import { UnitOfficerHome } from './unit-officer-home.js';

/** The planning application's pages; each user sees only what their roles allow. */
export function PlanningApp() {
  const { t } = useTranslation('planning');
  const { user } = useSession();
  const route = planningRouteOf(usePathname());
  if (user?.roles.includes('UNIT_OFFICER') && user.unitId) return <UnitOfficerHome unitId={user.unitId} />;
  if (!session.hasRole('ADMIN', 'INSPECTOR', 'ANALYST'))
    return <Result status="403" title={t('notAllowed')} />;
  switch (route.page) {
    case 'list':
      return <PlanList />;
    case 'new':
      return session.hasRole('ADMIN') ? <PlanForm /> : <PlanList />;
    case 'plan':
      return <PlanDetail id={route.id} />;
    case 'edit':
      return session.hasRole('ADMIN') ? <PlanForm planId={route.id} /> : <PlanDetail id={route.id} />;
  }
}
