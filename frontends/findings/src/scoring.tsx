import { CombinedGraphQLErrors } from '@apollo/client';
import { useMutation, useQuery } from '@apollo/client/react';
import { formatNumber, indicatorValueText, ProblemAlert, useLanguage } from '@cchc/web-shared';
import { Button, Card, Flex, Form, InputNumber, message, Skeleton, Tag, Typography } from 'antd';
import { memo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { assessmentTotals, classificationName, scorableOf } from './assessment-totals.js';
import type {
  ScoringAssessmentFragment as Assessment,
  ScoredCriterionFragment as Criterion,
  ScoringAssessmentQuery,
} from './generated/graphql.js';
import { useIndicatorCatalog } from './indicator-catalog.js';
import { SaveAssessmentMutation, ScoringQuery } from './scoring.operations.js';
import { WRAPPING } from './text-style.js';

type Catalog = NonNullable<ScoringAssessmentQuery['inspectionPlan']>['catalog'];
type Points = Record<string, number | null | undefined>;

/** Points as the catalogue counts them: 0..max, two decimals at most. */
const inRange = (points: number, max: number) =>
  points >= 0 && points <= max && Math.round(points * 100) / 100 === points;

/** The index of the score the server refused, from its `scores[2].points`. */
function refusedScore(error: unknown): number | null {
  if (!CombinedGraphQLErrors.is(error)) return null;
  const field = error.errors[0]?.extensions?.field;
  const match = typeof field === 'string' ? /scores\[(\d+)\]\.points$/.exec(field) : null;
  return match ? Number(match[1]) : null;
}

/** The unit's scores per area and criterion, the total and grade as typed, saved in one go. */
export function ScoringSection({ planId, targetId }: { planId: string; targetId: string }) {
  const { t } = useTranslation('findings');
  const { data, error, refetch } = useQuery(ScoringQuery, {
    variables: { planId },
    fetchPolicy: 'cache-and-network',
  });
  const plan = data?.inspectionPlan;
  const assessment = plan?.targets.find((target) => target.id === targetId)?.assessment;
  return (
    <Card
      data-testid="scoring"
      title={
        <Typography.Title level={2} style={{ fontSize: 20, margin: 0 }}>
          {t('scoring.title')}
        </Typography.Title>
      }
    >
      {!plan || !assessment ? (
        <>
          <ProblemAlert error={error} onReload={() => void refetch()} />
          {!error && <Skeleton active />}
        </>
      ) : (
        <ScoringForm
          targetId={targetId}
          catalog={plan.catalog}
          assessment={assessment}
          onReload={() => void refetch()}
        />
      )}
    </Card>
  );
}

interface ScoringFormProps {
  targetId: string;
  catalog: Catalog;
  assessment: Assessment;
  onReload: () => void;
}

/**
 * Mounted once per unit: a reload (after a conflict) brings the others' points and version but keeps what was
 * typed. The inputs start from the team's points, or the points proposed from the figures until it saves them.
 */
function ScoringForm({ targetId, catalog, assessment, onReload }: ScoringFormProps) {
  const { t } = useTranslation('findings');
  const language = useLanguage();
  const [form] = Form.useForm<{ points: Points }>();
  const [problem, setProblem] = useState<unknown>(null);
  const { byCode } = useIndicatorCatalog();
  const [initial] = useState(() => ({
    points: Object.fromEntries(assessment.scores.map((score) => [score.criterion.id, score.points])),
  }));
  const [save, saving] = useMutation(SaveAssessmentMutation, {
    refetchQueries: [ScoringQuery],
    awaitRefetchQueries: true,
  });
  const scores = new Map(assessment.scores.map((score) => [score.criterion.id, score]));
  const savedPoints = (id: string) => {
    const score = scores.get(id);
    return score && !score.prefilled ? score.points : undefined;
  };
  const points: Points = Form.useWatch('points', form) ?? initial.points;
  const totals = assessmentTotals(catalog.areas, points, catalog.classificationThresholds);
  const gradeOf = (classification: Assessment['classification']) =>
    classificationName(catalog.classificationThresholds, classification, language) ??
    t('scoring.unclassified');
  const maxOf = new Map(
    catalog.areas.flatMap(scorableOf).map((criterion) => [criterion.id, criterion.maxPoints]),
  );

  const submit = async (fields: { points: Points }) => {
    setProblem(null);
    // The criteria whose points change, proposals included (saving them makes them the team's).
    const changed = [...maxOf.keys()].flatMap((criterionId) => {
      const typed = fields.points[criterionId];
      if (typeof typed !== 'number' || typed === savedPoints(criterionId)) return [];
      return [{ criterionId, points: typed, comment: scores.get(criterionId)?.comment ?? null }];
    });
    if (changed.length === 0) {
      void message.info(t('scoring.nothingToSave'));
      return;
    }
    try {
      await save({ variables: { input: { targetId, version: assessment.version, scores: changed } } });
      void message.success(t('scoring.saved'));
    } catch (error) {
      const refused = refusedScore(error);
      const score = refused === null ? undefined : changed[refused];
      if (!score) return setProblem(error);
      form.setFields([
        {
          name: ['points', score.criterionId],
          errors: [t('scoring.pointsRange', { max: formatNumber(maxOf.get(score.criterionId)) })],
        },
      ]);
      form.scrollToField(['points', score.criterionId]);
    }
  };

  const nameOf = (named: { nameVi: string; nameEn: string }) =>
    language === 'en' ? named.nameEn : named.nameVi;
  const proposalOf = (criterionId: string) => {
    const score = scores.get(criterionId);
    if (!score?.prefilled) return undefined;
    const indicator = score.reading && byCode.get(score.reading.indicatorCode);
    return indicator
      ? t('scoring.proposedFrom', {
          indicator: nameOf(indicator),
          value: indicatorValueText(score.reading?.value, indicator.valueUnit),
        })
      : '';
  };
  const field = (criterion: Criterion) => (
    <CriterionField
      key={criterion.id}
      criterion={criterion}
      label={`${criterion.code} ${nameOf(criterion)}`}
      saved={savedPoints(criterion.id)}
      typed={points[criterion.id]}
      proposal={proposalOf(criterion.id)}
    />
  );
  const outOf = (score: number, max: number) =>
    t('scoring.outOf', { score: formatNumber(score), max: formatNumber(max) });
  const savedDiffers =
    assessment.version > 0 &&
    (assessment.total !== totals.total || assessment.classification !== totals.classification);
  return (
    <Form<{ points: Points }>
      form={form}
      name="scoring"
      layout="horizontal"
      labelAlign="left"
      labelWrap
      labelCol={{ flex: '1 1 0' }}
      wrapperCol={{ flex: '0 0 180px' }}
      initialValues={initial}
      onFinish={submit}
    >
      {catalog.areas.map((area, index) => (
        <section key={area.id} data-testid={`score-area-${area.code}`} style={{ marginBottom: 24 }}>
          <Typography.Title level={3} style={{ fontSize: 16, ...WRAPPING }}>
            {nameOf(area)} ·{' '}
            <span data-testid="area-subtotal">
              {outOf(totals.areas[index]!.score, totals.areas[index]!.maxScore)}
            </span>
          </Typography.Title>
          {area.criteria.map((criterion) =>
            criterion.subCriteria.length ? (
              <div key={criterion.id} style={{ marginBottom: 8 }}>
                <Typography.Paragraph strong style={{ marginBottom: 8, ...WRAPPING }}>
                  {criterion.code} {nameOf(criterion)} ·{' '}
                  {outOf(
                    criterion.subCriteria.reduce((sum, sub) => sum + (points[sub.id] ?? 0), 0),
                    criterion.maxPoints,
                  )}
                </Typography.Paragraph>
                <div style={{ paddingInlineStart: 16 }}>{criterion.subCriteria.map(field)}</div>
              </div>
            ) : (
              field(criterion)
            ),
          )}
        </section>
      ))}
      <Flex
        vertical
        gap="small"
        style={{
          position: 'sticky',
          bottom: 0,
          background: '#fff',
          padding: '12px 0',
          borderTop: '1px solid #d9d9d9',
        }}
      >
        <ProblemAlert
          error={problem}
          onReload={() => {
            setProblem(null);
            onReload();
          }}
        />
        <Flex wrap gap="large" align="center" aria-live="polite">
          <Typography.Text strong>
            {t('scoring.total')}:{' '}
            <span data-testid="scoring-total">{outOf(totals.total, totals.maxTotal)}</span>
          </Typography.Text>
          <Typography.Text strong>
            {t('scoring.classification')}:{' '}
            <span data-testid="scoring-classification">{gradeOf(totals.classification)}</span>
          </Typography.Text>
          {assessment.rank && (
            <Typography.Text>{t('scoring.rank', { rank: assessment.rank })}</Typography.Text>
          )}
        </Flex>
        {savedDiffers && (
          <Typography.Text>
            {t('scoring.savedTotal', {
              total: formatNumber(assessment.total),
              max: formatNumber(assessment.maxTotal),
              classification: gradeOf(assessment.classification),
            })}
          </Typography.Text>
        )}
        <div>
          <Button type="primary" htmlType="submit" loading={saving.loading}>
            {t('scoring.save')}
          </Button>
        </div>
      </Flex>
    </Form>
  );
}

interface CriterionFieldProps {
  criterion: Criterion;
  label: string;
  /** The team's points, if it scored it. */
  saved: number | undefined;
  typed: number | null | undefined;
  /** Set while the points are proposed from the unit's figures (the indicator and its value), until saved. */
  proposal: string | undefined;
}

/**
 * One scorable criterion: its points, refused next to it when out of range, with where they come from.
 * Memoised: typing in one criterion re-renders that one, not the forty others.
 */
const CriterionField = memo(function CriterionField({
  criterion,
  label,
  saved,
  typed,
  proposal,
}: CriterionFieldProps) {
  const { t } = useTranslation('findings');
  const max = criterion.maxPoints;
  const notes = [
    t('scoring.maxPoints', { max: formatNumber(max) }),
    proposal,
    saved !== undefined && typed !== saved && t('scoring.savedPoints', { points: formatNumber(saved) }),
  ].filter(Boolean);
  return (
    <div data-testid={`score-${criterion.code}`}>
      <Form.Item
        label={label}
        name={['points', criterion.id]}
        extra={
          <Flex wrap gap="small" align="center">
            {proposal !== undefined && <Tag color="blue">{t('scoring.proposed')}</Tag>}
            <span>{notes.join(' · ')}</span>
          </Flex>
        }
        rules={[
          {
            validator: (_, value: number | null | undefined) => {
              if (value === null || value === undefined)
                return saved === undefined
                  ? Promise.resolve()
                  : Promise.reject(new Error(t('scoring.keepSaved')));
              return inRange(value, max)
                ? Promise.resolve()
                : Promise.reject(new Error(t('scoring.pointsRange', { max: formatNumber(max) })));
            },
          },
        ]}
      >
        <InputNumber<number>
          decimalSeparator=","
          inputMode="decimal"
          style={{ width: '100%' }}
          // Tabbing down the form, the field stops above the sticky total rather than under it.
          styles={{ input: { scrollMarginBottom: 160 } }}
        />
      </Form.Item>
    </div>
  );
});
