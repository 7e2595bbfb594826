import { useMutation, useQuery } from '@apollo/client/react';
import {
  IndicatorStatusTag,
  indicatorValueText,
  ProblemAlert,
  showFieldErrors,
  useLanguage,
  worstStatusFirst,
} from '@cchc/web-shared';
import { Button, Card, Flex, Form, Input, List, message, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { IndicatorStatus } from './generated/graphql.js';
import { type IndicatorDefinition, useIndicatorCatalog } from './indicator-catalog.js';
import { FindingsQuery, RecordFindingMutation } from './operations.js';
import { DismissAlertMutation, SuggestionsQuery } from './scoring.operations.js';
import { severityOfAlert, suggestedFindingText } from './suggestion-text.js';
import { WRAPPING } from './text-style.js';

interface SuggestionsProps {
  planId: string;
  targetId: string;
  unitId: string;
  /** The months the alerts were read over, `YYYY-MM..YYYY-MM`. */
  period: string;
  /** Indicators a finding of the unit already rests on: a finding just recorded in an area hides its alert at once. */
  named: ReadonlySet<string>;
}

interface Alert {
  indicatorCode: string;
  status: IndicatorStatus;
  value?: number | null;
}

/** The plan's alerts for this unit: indicators off target that no finding rests on, to take over or dismiss. */
export function Suggestions({ planId, targetId, unitId, period, named }: SuggestionsProps) {
  const { t } = useTranslation('findings');
  const { byCode } = useIndicatorCatalog();
  const { data, error, loading, refetch } = useQuery(SuggestionsQuery, {
    variables: { planId },
    fetchPolicy: 'cache-and-network',
  });
  const alerts = (data?.inspectionPlan?.alertsWithoutFinding ?? [])
    .filter((alert) => alert.target.id === targetId && !named.has(alert.indicatorCode))
    .sort(worstStatusFirst);
  return (
    <Card
      size="small"
      data-testid="suggestions"
      title={
        <Typography.Title level={2} style={{ fontSize: 18, margin: 0, whiteSpace: 'normal' }}>
          {t('scoring.suggestions.title')}
        </Typography.Title>
      }
    >
      <Typography.Paragraph>{t('scoring.suggestions.hint')}</Typography.Paragraph>
      <ProblemAlert error={error} onReload={() => void refetch()} />
      <List
        size="small"
        loading={loading && !data}
        dataSource={alerts}
        rowKey="indicatorCode"
        locale={{ emptyText: t('scoring.suggestions.none') }}
        renderItem={(alert) => {
          const indicator = byCode.get(alert.indicatorCode);
          return (
            indicator && (
              <Suggestion
                alert={alert}
                indicator={indicator}
                planId={planId}
                targetId={targetId}
                unitId={unitId}
                period={period}
              />
            )
          );
        }}
      />
    </Card>
  );
}

interface SuggestionProps extends Omit<SuggestionsProps, 'named'> {
  alert: Alert;
  indicator: IndicatorDefinition;
}

/** One alert: its figure, and the two ways to settle it (a finding, or a reason why none is needed). */
function Suggestion({ alert, indicator, planId, targetId, unitId, period }: SuggestionProps) {
  const { t } = useTranslation('findings');
  const language = useLanguage();
  const [form] = Form.useForm<{ reason: string }>();
  const [dismissing, setDismissing] = useState(false);
  const [problem, setProblem] = useState<unknown>(null);
  // Awaited: the alert leaves the list once the server no longer lists it.
  const settled = { refetchQueries: [FindingsQuery, SuggestionsQuery], awaitRefetchQueries: true };
  const [record, recording] = useMutation(RecordFindingMutation, settled);
  const [dismiss, dismissal] = useMutation(DismissAlertMutation, settled);
  const takeOver = async () => {
    setProblem(null);
    try {
      await record({
        variables: {
          targetId,
          finding: {
            areaCode: indicator.areaCode,
            kind: 'LIMITATION',
            severity: severityOfAlert(alert.status),
            text: suggestedFindingText(indicator, alert, period),
            reading: { indicatorCode: alert.indicatorCode },
          },
        },
      });
      void message.success(t('scoring.suggestions.takenOver'));
    } catch (error) {
      setProblem(error);
    }
  };
  const sendDismissal = async ({ reason }: { reason: string }) => {
    setProblem(null);
    try {
      await dismiss({
        variables: { input: { planId, unitId, indicatorCode: alert.indicatorCode, reason: reason.trim() } },
      });
      void message.success(t('scoring.suggestions.dismissed'));
    } catch (error) {
      setProblem(showFieldErrors(form, error));
    }
  };
  const name = language === 'en' ? indicator.nameEn : indicator.nameVi;
  return (
    <List.Item data-testid={`suggestion-${alert.indicatorCode}`}>
      <Flex vertical gap="small" style={{ minWidth: 0, width: '100%' }}>
        <Typography.Text strong style={WRAPPING}>
          {name}
        </Typography.Text>
        <Flex wrap gap="small" align="center">
          <Typography.Text>{indicatorValueText(alert.value, indicator.valueUnit)}</Typography.Text>
          <IndicatorStatusTag status={alert.status} />
        </Flex>
        <ProblemAlert error={problem} />
        {dismissing ? (
          <Form
            form={form}
            layout="vertical"
            name={`dismiss-${alert.indicatorCode}`}
            onFinish={sendDismissal}
          >
            <Form.Item
              label={t('scoring.suggestions.reason')}
              name="reason"
              rules={[{ required: true, whitespace: true, message: t('scoring.suggestions.reasonRequired') }]}
            >
              <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={2000} autoFocus />
            </Form.Item>
            <Flex wrap gap="small">
              <Button htmlType="submit" danger loading={dismissal.loading}>
                {t('scoring.suggestions.confirmDismiss')}
              </Button>
              <Button onClick={() => setDismissing(false)}>{t('scoring.suggestions.cancel')}</Button>
            </Flex>
          </Form>
        ) : (
          <Flex wrap gap="small">
            <Button type="primary" onClick={() => void takeOver()} loading={recording.loading}>
              {t('scoring.suggestions.takeOver')}
            </Button>
            <Button onClick={() => setDismissing(true)}>{t('scoring.suggestions.dismiss')}</Button>
          </Flex>
        )}
      </Flex>
    </List.Item>
  );
}
