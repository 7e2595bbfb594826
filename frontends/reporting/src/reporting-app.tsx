import { useQuery } from '@apollo/client/react';
import { ProblemAlert, session, toApiDate, UnitPicker, useLocation, useSession } from '@cchc/web-shared';
import { Card, Spin, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { navigateToUrl } from 'single-spa';
import { Dashboard } from './dashboard.js';
import { homeOf } from './home.js';
import { ReportingHomeQuery, UnitByCodeQuery } from './operations.js';
import { reportingPath, unitIdOf } from './routes.js';
import { type Selection, selectionOf, unitsAsOf } from './selection.js';

/**
 * Dashboards of a unit (a unit officer's own, otherwise the province of the newest concluded campaign, or any
 * unit picked), for a period and an as-of date, drilled down by clicking.
 */
export function ReportingApp() {
  const { t } = useTranslation('reporting');
  const { pathname, search } = useLocation();
  const { user } = useSession();
  const today = toApiDate(dayjs());
  const readsPlans = session.hasRole('ADMIN', 'INSPECTOR', 'ANALYST');
  const home = useQuery(ReportingHomeQuery, { skip: !readsPlans });
  const opened = home.data ? homeOf(home.data.inspectionPlans.nodes) : null;
  if (readsPlans && home.loading && !home.data) return <Spin />;
  const selection = selectionOf(search, { year: opened?.year ?? dayjs().year() - 1, today });
  const unitId = unitIdOf(pathname) ?? (user?.roles.includes('UNIT_OFFICER') ? user.unitId : null);
  if (unitId) return <Dashboard key={unitId} unitId={unitId} selection={selection} today={today} />;
  return (
    <>
      <ProblemAlert error={home.error} onReload={() => void home.refetch()} />
      {opened ? (
        <HomeProvince code={opened.provinceCode} selection={selection} today={today} />
      ) : (
        <PickUnit selection={selection} today={today} hint={t('noHome')} />
      )}
    </>
  );
}

/** The province that holds a code on the day the units are read on (91: Kiên Giang in 2020, An Giang today). */
function HomeProvince({ code, selection, today }: { code: string; selection: Selection; today: string }) {
  const { data, loading, error, refetch } = useQuery(UnitByCodeQuery, {
    variables: { code, asOf: unitsAsOf(selection, today) },
  });
  if (loading && !data) return <Spin />;
  const id = data?.unitByCode?.id;
  if (id) return <Dashboard key={id} unitId={id} selection={selection} today={today} />;
  return <ProblemAlert error={error} onReload={() => void refetch()} />;
}

function PickUnit({ selection, today, hint }: { selection: Selection; today: string; hint: string }) {
  const { t } = useTranslation('reporting');
  return (
    <Card
      title={
        <Typography.Title level={1} style={{ fontSize: 22, margin: 0 }}>
          {t('title')}
        </Typography.Title>
      }
    >
      <Typography.Paragraph>{hint}</Typography.Paragraph>
      <UnitPicker
        label={t('pickUnit')}
        asOf={unitsAsOf(selection, today)}
        onPick={(unit) => navigateToUrl(reportingPath(unit.id, selection))}
      />
    </Card>
  );
}
