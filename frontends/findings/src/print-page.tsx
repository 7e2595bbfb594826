import { useQuery } from '@apollo/client/react';
import { formatDate, linkTo, ProblemAlert, useLanguage } from '@cchc/web-shared';
import { Button, Result, Skeleton, Space } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { PrintFindingsQuery } from './detail.operations.js';
import { figuresText, readingText } from './evidence-text.js';
import type { PrintFindingsQuery as PrintFindings } from './generated/graphql.js';
import { useIndicatorCatalog } from './indicator-catalog.js';
import { FindingsPlanQuery } from './operations.js';
import { targetPath } from './routes.js';
import { WRAPPING } from './text-style.js';

type Finding = PrintFindings['findings']['nodes'][number];

/** A page small enough for the gateway's cost limit with each finding's actions (100 would exceed it). */
const PAGE_SIZE = 40;

/** Every finding of a unit in a plan, page after page appended: paper has no "next page" button. */
function useAllFindings(planId: string, unitId: string | undefined) {
  const query = useQuery(PrintFindingsQuery, {
    variables: { planId, unitId: unitId ?? '', first: PAGE_SIZE, after: null },
    skip: !unitId,
    fetchPolicy: 'network-only',
    notifyOnNetworkStatusChange: false,
  });
  const page = query.data?.findings;
  const { fetchMore } = query;
  useEffect(() => {
    if (!page?.pageInfo.hasNextPage) return;
    void fetchMore({
      variables: { after: page.pageInfo.endCursor },
      updateQuery: (loaded, { fetchMoreResult }) => ({
        ...fetchMoreResult,
        findings: {
          ...fetchMoreResult.findings,
          nodes: [...(loaded?.findings.nodes ?? []), ...fetchMoreResult.findings.nodes],
        },
      }),
    });
  }, [page, fetchMore]);
  const complete = page && !page.pageInfo.hasNextPage;
  return { rows: complete ? page.nodes : undefined, error: query.error, reload: () => void query.refetch() };
}

/**
 * On paper only the findings show: the shell's header (Ant Design's layout header, see root-config's shell)
 * and this page's own buttons are hidden, and an item is not cut across pages.
 */
const PRINT_CSS = `
@media print {
  header.ant-layout-header, .findings-print-controls { display: none !important; }
  body, .ant-layout, .ant-layout-content { background: #fff !important; padding: 0 !important; }
  .findings-print { padding: 0 !important; }
  .findings-print li { break-inside: avoid; }
  .findings-print h2 { break-after: avoid; }
}`;

/** One unit's findings of a plan on paper: the visit, then each area's findings with evidence and actions. */
export function PrintPage({ planId, targetId }: { planId: string; targetId: string }) {
  const { t } = useTranslation('findings');
  const language = useLanguage();
  const { byCode, loaded } = useIndicatorCatalog();
  const plan = useQuery(FindingsPlanQuery, { variables: { id: planId } });
  const target = plan.data?.inspectionPlan?.targets.find((candidate) => candidate.id === targetId);
  const findings = useAllFindings(planId, target?.unit.id);
  if (plan.error) return <ProblemAlert error={plan.error} onReload={() => void plan.refetch()} />;
  if (!plan.data || !loaded || (!findings.rows && !findings.error)) return <Skeleton active />;
  if (!target) return <Result status="404" title={t('pickTarget')} />;
  const nameOf = (named: { nameVi: string; nameEn: string }) =>
    language === 'en' ? named.nameEn : named.nameVi;
  const rows = findings.rows ?? [];
  const areas = plan.data
    .inspectionPlan!.catalog.areas.map((area) => ({
      area,
      findings: rows.filter((finding) => finding.area.code === area.code),
    }))
    .filter((group) => group.findings.length > 0);
  const evidenceOf = (finding: Finding) => {
    const reading = finding.evidenceReading;
    const indicator = reading && byCode.get(reading.indicatorCode);
    return [
      reading &&
        readingText(
          reading,
          indicator ? { name: nameOf(indicator), valueUnit: indicator.valueUnit } : undefined,
        ),
      figuresText(finding.evidence),
    ]
      .filter(Boolean)
      .join('; ');
  };
  const visit = target.visit;
  return (
    <div className="findings-print" style={{ background: '#fff', padding: 24 }}>
      <style>{PRINT_CSS}</style>
      <Space className="findings-print-controls" wrap size="large" style={{ marginBottom: 16 }}>
        <a {...linkTo(targetPath(planId, targetId))}>{t('detail.backToTarget')}</a>
        <Button type="primary" onClick={() => window.print()}>
          {t('detail.print.button')}
        </Button>
      </Space>
      <ProblemAlert error={findings.error} onReload={findings.reload} />
      <p style={{ margin: 0 }}>{plan.data.inspectionPlan!.title}</p>
      <h1 style={{ fontSize: 22, margin: '8px 0' }}>{t('detail.print.title', { unit: target.unit.name })}</h1>
      <dl style={{ margin: '0 0 16px' }}>
        <dt style={{ fontWeight: 600 }}>{t('detail.print.visitDate')}</dt>
        <dd style={{ margin: '0 0 8px' }}>
          {visit?.actualDate ? formatDate(visit.actualDate) : t('detail.print.noVisit')}
        </dd>
        <dt style={{ fontWeight: 600 }}>{t('detail.print.attendees')}</dt>
        <dd style={{ margin: 0 }}>
          {visit?.attendees.length ? (
            <ul style={{ margin: 0, paddingInlineStart: 20 }}>
              {visit.attendees.map((attendee) => (
                <li key={attendee} style={WRAPPING}>
                  {attendee}
                </li>
              ))}
            </ul>
          ) : (
            t('detail.print.noVisit')
          )}
        </dd>
      </dl>
      {findings.rows && areas.length === 0 && <p>{t('detail.print.empty')}</p>}
      {areas.map(({ area, findings: inArea }) => (
        <section key={area.id} data-testid={`print-area-${area.code}`}>
          <h2 style={{ fontSize: 17, margin: '16px 0 8px' }}>
            {nameOf(area)} · {t('findingCount', { count: inArea.length })}
          </h2>
          <ol style={{ paddingInlineStart: 24 }}>
            {inArea.map((finding) => (
              <li key={finding.id} style={{ marginBottom: 12 }}>
                <strong>{t(`common:findingKinds.${finding.kind}`)}</strong>
                {finding.criterion && ` · ${finding.criterion.code} ${nameOf(finding.criterion)}`}
                <div style={WRAPPING}>{finding.text}</div>
                {evidenceOf(finding) && (
                  <div style={WRAPPING}>
                    <em>{t('evidence')}:</em> {evidenceOf(finding)}
                  </div>
                )}
                {finding.actions.length > 0 && (
                  <div>
                    <em>{t('detail.actions.title')}:</em>
                    <ul style={{ margin: 0, paddingInlineStart: 20 }}>
                      {finding.actions.map((action) => (
                        <li key={action.id} style={WRAPPING}>
                          {t('detail.print.action', {
                            action: action.requiredAction,
                            unit: action.responsibleUnit.name,
                            deadline: formatDate(action.deadline),
                            status: t(`detail.actions.statuses.${action.status}`),
                          })}
                        </li>
                      ))}
                    </ul>
                  </div>
                )}
              </li>
            ))}
          </ol>
        </section>
      ))}
    </div>
  );
}
