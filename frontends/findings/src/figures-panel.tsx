import { useQuery } from '@apollo/client/react';
import {
  IndicatorStatusTag,
  indicatorValueText,
  ProblemAlert,
  useLanguage,
  worstStatusFirst,
} from '@cchc/web-shared';
import { Card, Flex, List, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { periodText } from './evidence.js';
import { useIndicatorCatalog } from './indicator-catalog.js';
import { FiguresQuery } from './scoring.operations.js';
import { WRAPPING } from './text-style.js';

/** The unit's indicators over the months before the visit, each against its target. */
export function FiguresPanel({ unitId, period }: { unitId: string; period: string }) {
  const { t } = useTranslation('findings');
  const language = useLanguage();
  const { byCode } = useIndicatorCatalog();
  const { data, error, loading, refetch } = useQuery(FiguresQuery, { variables: { unitId, period } });
  const values = [...(data?.unit?.indicators ?? [])].sort(worstStatusFirst);
  return (
    <Card
      size="small"
      data-testid="figures-panel"
      title={
        <Typography.Title level={2} style={{ fontSize: 18, margin: 0 }}>
          {t('scoring.figures.title')}
        </Typography.Title>
      }
    >
      <Typography.Paragraph>
        {t('scoring.figures.period', { period: periodText(period) })}
      </Typography.Paragraph>
      <ProblemAlert error={error} onReload={() => void refetch()} />
      <List
        size="small"
        loading={loading && !data}
        dataSource={values}
        locale={{ emptyText: t('scoring.figures.empty') }}
        renderItem={(value) => {
          const indicator = byCode.get(value.code);
          const valueUnit = indicator?.valueUnit ?? '';
          return (
            <List.Item data-testid={`figure-${value.code}`}>
              <Flex vertical gap={4} style={{ minWidth: 0 }}>
                <Typography.Text strong style={WRAPPING}>
                  {indicator ? (language === 'en' ? indicator.nameEn : indicator.nameVi) : value.code}
                </Typography.Text>
                <Flex wrap gap="small" align="center">
                  {value.value !== null && (
                    <Typography.Text data-testid="figure-value">
                      {indicatorValueText(value.value, valueUnit)}
                    </Typography.Text>
                  )}
                  <IndicatorStatusTag status={value.status} />
                </Flex>
                {indicator && (
                  <Typography.Text>
                    {t('scoring.figures.target', {
                      sign: indicator.direction === 'HIGHER_IS_BETTER' ? '≥' : '≤',
                      value: indicatorValueText(indicator.target, valueUnit),
                    })}
                  </Typography.Text>
                )}
              </Flex>
            </List.Item>
          );
        }}
      />
    </Card>
  );
}
