import { linkTo, session, usePathname, useSession } from '@cchc/web-shared';
import { Result } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { PlanDetail } from './plan-detail.js';
import { PlanForm } from './plan-form.js';
import { PlanList } from './plan-list.js';
import { planningRouteOf } from './routes.js';

/** Where a unit officer's screens are: the findings application shows its unit's findings, notices and actions. */
const UNIT_HOME = '/findings';

/** The planning application's pages; each user sees only what their roles allow. */
export function PlanningApp() {
  const { t } = useTranslation('planning');
  const { user } = useSession();
  const route = planningRouteOf(usePathname());
  if (user?.roles.includes('UNIT_OFFICER') && user.unitId) return <ToUnitHome />;
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

/** Plans name other units: a unit officer who opens one (an old link) is taken to its own unit's page instead. */
function ToUnitHome() {
  const { t } = useTranslation('planning');
  // Replaced, not pushed: "back" must not bring the officer here again.
  useEffect(() => window.history.replaceState(null, '', UNIT_HOME), []);
  return (
    <Result status="info" title={t('officerMoved')} extra={<a {...linkTo(UNIT_HOME)}>{t('officerGo')}</a>} />
  );
}
