import { formatDate, formatNumber, indicatorValueText, ProblemAlert, useLanguage } from '@cchc/web-shared';
import { Descriptions, Skeleton, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { periodText } from './evidence.js';
import type { FindingDetailQuery } from './generated/graphql.js';
import { useIndicatorCatalog } from './indicator-catalog.js';

type Finding = FindingDetailQuery['findings']['nodes'][number];

interface Figures {
  value: number | null | undefined;
  numerator: number;
  denominator: number;
}

/**
 * The figures the finding was written on beside the same months' figures today, and what the figures say of
 * it; then the figures the team observed.
 */
export function EvidenceSnapshot({ finding }: { finding: Finding }) {
  const { t } = useTranslation('findings');
  const language = useLanguage();
  const catalog = useIndicatorCatalog();
  const { byCode } = catalog;
  const reading = finding.evidenceReading;
  const indicator = reading ? byCode.get(reading.indicatorCode) : undefined;
  const valueText = (figures: Figures) => indicatorValueText(figures.value, indicator?.valueUnit ?? '');
  const fraction = (figures: Figures) =>
    t('detail.evidence.fraction', {
      numerator: formatNumber(figures.numerator),
      denominator: formatNumber(figures.denominator),
    });
  if (reading && catalog.error) return <ProblemAlert error={catalog.error} />;
  if (reading && !catalog.loaded) return <Skeleton active />;
  if (!reading && finding.evidence.length === 0)
    return <Typography.Text>{t('detail.evidence.none')}</Typography.Text>;
  return (
    <>
      {reading && (
        <>
          <Descriptions
            column={1}
            items={[
              {
                key: 'indicator',
                label: t('detail.evidence.indicator'),
                children: indicator ? (language === 'en' ? indicator.nameEn : indicator.nameVi) : '',
              },
              {
                key: 'months',
                label: t('detail.evidence.months'),
                children: periodText(`${reading.from.slice(0, 7)}..${reading.to.slice(0, 7)}`),
              },
              {
                key: 'verdict',
                label: t('verdict'),
                children: (
                  <span data-testid="verdict">{t(`common:evidenceVerdicts.${finding.verdict}`)}</span>
                ),
              },
            ]}
          />
          <Table
            size="small"
            pagination={false}
            rowKey="key"
            data-testid="evidence-figures"
            columns={[
              { title: t('detail.evidence.when'), dataIndex: 'label', key: 'label' },
              { title: t('measuredValue'), dataIndex: 'value', key: 'value', align: 'right' },
              { title: t('detail.evidence.figures'), dataIndex: 'fraction', key: 'fraction', align: 'right' },
            ]}
            dataSource={[
              {
                key: 'snapshot',
                label: t('detail.evidence.snapshot', { date: formatDate(reading.takenAt) }),
                value: valueText(reading),
                fraction: fraction(reading),
              },
              ...(finding.measured
                ? [
                    {
                      key: 'today',
                      label: t('detail.evidence.today'),
                      value: valueText(finding.measured),
                      fraction: fraction(finding.measured),
                    },
                  ]
                : []),
            ]}
          />
        </>
      )}
      {finding.evidence.length > 0 && (
        <>
          <Typography.Title level={3} style={{ fontSize: 15 }}>
            {t('detail.evidence.observed')}
          </Typography.Title>
          <ul data-testid="observed-figures">
            {finding.evidence.map((figure) => (
              <li key={`${figure.label}-${figure.value}`} style={{ overflowWrap: 'anywhere' }}>
                {figure.label}: {formatNumber(figure.value)}
                {figure.unit ? ` ${figure.unit}` : ''}
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}
