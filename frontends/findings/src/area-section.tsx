import { linkTo, useLanguage } from '@cchc/web-shared';
import { Card, Flex, List, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { FindingForm } from './finding-form.js';
import type { FindingRowFragment as FindingRow, FindingsPlanQuery } from './generated/graphql.js';
import { KindTag } from './labels.js';
import { findingPath } from './routes.js';
import { WRAPPING } from './text-style.js';

export type Area = NonNullable<FindingsPlanQuery['inspectionPlan']>['catalog']['areas'][number];

interface AreaSectionProps {
  area: Area;
  targetId: string;
  unitId: string;
  /** The months an indicator is read over, `YYYY-MM..YYYY-MM`. */
  period: string;
  findings: FindingRow[];
}

/** One content area of the catalogue: the unit's findings in it, and a form to add one. */
export function AreaSection({ area, targetId, unitId, period, findings }: AreaSectionProps) {
  const { t } = useTranslation('findings');
  const language = useLanguage();
  const name = language === 'en' ? area.nameEn : area.nameVi;
  return (
    <Card
      data-testid={`area-${area.code}`}
      title={
        <Typography.Title level={3} style={{ fontSize: 16, margin: 0, whiteSpace: 'normal' }}>
          {name} · {t('findingCount', { count: findings.length })}
        </Typography.Title>
      }
    >
      <Flex vertical gap="middle">
        {findings.length === 0 ? (
          <Typography.Text>{t('noFindings')}</Typography.Text>
        ) : (
          <List
            size="small"
            dataSource={findings}
            renderItem={(finding) => (
              <List.Item>
                <Flex gap="small" align="start" style={{ minWidth: 0 }}>
                  <KindTag kind={finding.kind} />
                  {/* The text is the link to the finding's page: its evidence, actions and history. */}
                  <a {...linkTo(findingPath(finding.id))} style={WRAPPING}>
                    {finding.text}
                  </a>
                </Flex>
              </List.Item>
            )}
          />
        )}
        <FindingForm area={area} targetId={targetId} unitId={unitId} period={period} />
      </Flex>
    </Card>
  );
}
