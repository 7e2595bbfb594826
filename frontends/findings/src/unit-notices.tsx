import { useQuery } from '@apollo/client/react';
import { DocumentButton, documentPaths, formatDate, formatNumber, ProblemAlert } from '@cchc/web-shared';
import { Card, Descriptions, Empty, Flex, Spin, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { UnitSideNoticesQuery as Result } from './generated/graphql.js';
import { WRAPPING } from './text-style.js';
import { UnitSideNoticesQuery } from './unit-side.operations.js';

type Notice = Result['conclusionNotices'][number];

/** The officer's own unit's notices first, then those of the units under it, each in the server's order. */
export const ownFirst = (notices: Notice[], unitId: string): Notice[] => [
  ...notices.filter((notice) => notice.unit.id === unitId),
  ...notices.filter((notice) => notice.unit.id !== unitId),
];

/** The conclusion notices sent to the unit and the units under it, as issued. */
export function UnitNotices({ unitId }: { unitId: string }) {
  const { t } = useTranslation('findings');
  const { data, loading, error, refetch } = useQuery(UnitSideNoticesQuery);
  if (loading && !data) return <Spin />;
  const notices = ownFirst(data?.conclusionNotices ?? [], unitId);
  return (
    <Flex vertical gap="middle" data-testid="unit-notices">
      <ProblemAlert error={error} onReload={() => void refetch()} />
      {data && notices.length === 0 && <Empty description={t('unitSide.notices.none')} />}
      {notices.map((notice) => (
        <NoticeCard key={`${notice.unit.id} ${notice.number}`} notice={notice} />
      ))}
    </Flex>
  );
}

function NoticeCard({ notice }: { notice: Notice }) {
  const { t } = useTranslation('findings');
  return (
    <Card
      data-testid="notice"
      title={
        <Flex vertical>
          <Typography.Title level={2} style={{ fontSize: 18, margin: 0 }}>
            {t('unitSide.notices.title', { number: notice.number, date: formatDate(notice.issuedOn) })}
          </Typography.Title>
          <Typography.Text type="secondary">{notice.unit.fullName}</Typography.Text>
        </Flex>
      }
      extra={
        <DocumentButton
          path={documentPaths.notice(notice.plan.id, notice.unit.id)}
          label={t('unitSide.notices.download')}
          testId="notice-download"
        />
      }
    >
      <Descriptions
        size="small"
        column={2}
        items={[
          {
            key: 'classification',
            label: t('unitSide.notices.classification'),
            children: notice.classification
              ? t(`unitSide.notices.classifications.${notice.classification}`)
              : t('unitSide.notices.notClassified'),
          },
          {
            key: 'total',
            label: t('unitSide.notices.total'),
            children: t('unitSide.notices.totalOf', {
              total: formatNumber(notice.total),
              max: formatNumber(notice.maxTotal),
            }),
          },
        ]}
      />
      <TextList title={t('unitSide.notices.strengths')} texts={notice.strengths} />
      <TextList title={t('unitSide.notices.limitations')} texts={notice.limitations} />
      <TextList
        title={t('unitSide.notices.actions')}
        texts={notice.actions.map(
          (action) =>
            `${action.requiredAction} — ${t('unitSide.notices.actionLine', {
              role: action.responsibleRole,
              unit: action.responsibleUnit.fullName,
              date: formatDate(action.deadline),
            })}`,
        )}
      />
    </Card>
  );
}

/** A titled list of the notice's texts, as text. */
function TextList({ title, texts }: { title: string; texts: string[] }) {
  const { t } = useTranslation('findings');
  return (
    <section aria-label={title} style={{ marginTop: 12 }}>
      <Typography.Title level={3} style={{ fontSize: 15, marginBottom: 4 }}>
        {title}
      </Typography.Title>
      {texts.length ? (
        <ul style={{ paddingInlineStart: 20, margin: 0 }}>
          {texts.map((text, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: an issued notice's lists never change; two lines may read alike
            <li key={index} style={WRAPPING}>
              {text}
            </li>
          ))}
        </ul>
      ) : (
        <Typography.Text type="secondary">{t('unitSide.notices.nothing')}</Typography.Text>
      )}
    </section>
  );
}
