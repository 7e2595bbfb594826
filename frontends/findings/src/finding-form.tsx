import { useMutation, useQuery } from '@apollo/client/react';
import { ProblemAlert, showFieldErrors, useLanguage } from '@cchc/web-shared';
import { Button, Flex, Form, Input, InputNumber, message, Radio, Select, Typography } from 'antd';
import type { TextAreaRef } from 'antd/es/input/TextArea';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Area } from './area-section.js';
import { indicatorValueText, periodText } from './evidence.js';
import type { FindingInput, FindingKind, Severity } from './generated/graphql.js';
import { useIndicatorCatalog } from './indicator-catalog.js';
import { FINDING_KINDS } from './labels.js';
import { FindingsQuery, RecordFindingMutation, UnitIndicatorQuery } from './operations.js';

type EvidenceKind = 'none' | 'indicator' | 'observed';

interface FindingFields {
  kind: FindingKind;
  severity: Severity;
  criterionCode?: string | null;
  text: string;
  evidenceKind: EvidenceKind;
  indicatorCode?: string;
  observedLabel?: string;
  observedValue?: number | null;
}

const SEVERITIES: Severity[] = ['LOW', 'MEDIUM', 'HIGH'];
const INITIAL: Partial<FindingFields> = { kind: 'LIMITATION', severity: 'MEDIUM', evidenceKind: 'none' };

/** What the form sends: the indicator as a reading (the server copies its figures), a count as observed evidence. */
export function findingInputOf(areaCode: string, fields: FindingFields): FindingInput {
  return {
    areaCode,
    criterionCode: fields.criterionCode ?? null,
    kind: fields.kind,
    severity: fields.severity,
    text: fields.text.trim(),
    reading:
      fields.evidenceKind === 'indicator' && fields.indicatorCode
        ? { indicatorCode: fields.indicatorCode }
        : undefined,
    evidence:
      fields.evidenceKind === 'observed' && fields.observedLabel && fields.observedValue != null
        ? [{ label: fields.observedLabel.trim(), value: fields.observedValue }]
        : undefined,
  };
}

interface FindingFormProps {
  area: Area;
  targetId: string;
  unitId: string;
  period: string;
}

/** A quick form: after each save it clears and the cursor is back in the text, for the next finding. */
export function FindingForm({ area, targetId, unitId, period }: FindingFormProps) {
  const { t } = useTranslation('findings');
  const language = useLanguage();
  const [form] = Form.useForm<FindingFields>();
  const text = useRef<TextAreaRef>(null);
  const [problem, setProblem] = useState<unknown>(null);
  const [savedCount, setSavedCount] = useState(0);
  // Resetting the form mounts its fields afresh: the new text field takes the cursor once it is there.
  useEffect(() => {
    if (savedCount) text.current?.focus();
  }, [savedCount]);
  const { indicators, byCode } = useIndicatorCatalog();
  const [record, recording] = useMutation(RecordFindingMutation, { refetchQueries: [FindingsQuery] });
  const evidenceKind = Form.useWatch('evidenceKind', form);
  const indicatorCode = Form.useWatch('indicatorCode', form);
  const save = async (fields: FindingFields) => {
    setProblem(null);
    try {
      await record({ variables: { targetId, finding: findingInputOf(area.code, fields) } });
      form.resetFields();
      setSavedCount((count) => count + 1);
      void message.success(t('added'));
    } catch (error) {
      setProblem(showFieldErrors(form, error));
    }
  };
  const nameOf = (named: { nameVi: string; nameEn: string }) =>
    language === 'en' ? named.nameEn : named.nameVi;
  const criteria = area.criteria.flatMap((criterion) => [criterion, ...criterion.subCriteria]);
  // The area's own indicators first: those are the ones its findings usually rest on.
  const ordered = [
    ...indicators.filter((indicator) => indicator.areaCode === area.code),
    ...indicators.filter((indicator) => indicator.areaCode !== area.code),
  ];
  const required = (wording: string) => ({ required: true, message: t(wording) });
  return (
    <Form<FindingFields>
      form={form}
      name={`finding-${area.code}`}
      layout="vertical"
      initialValues={INITIAL}
      onFinish={save}
      style={{ borderTop: '1px solid #d9d9d9', paddingTop: 12 }}
    >
      <ProblemAlert error={problem} />
      <Flex wrap gap="middle">
        <Form.Item label={t('kind')} name="kind">
          <Radio.Group
            optionType="button"
            options={FINDING_KINDS.map((kind) => ({ value: kind, label: t(`kinds.${kind}`) }))}
          />
        </Form.Item>
        <Form.Item label={t('severity')} name="severity">
          <Radio.Group
            optionType="button"
            options={SEVERITIES.map((severity) => ({ value: severity, label: t(`severities.${severity}`) }))}
          />
        </Form.Item>
      </Flex>
      <Form.Item label={t('criterion')} name="criterionCode">
        <Select
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          placeholder={t('criterionHint')}
          options={criteria.map((criterion) => ({
            value: criterion.code,
            label: `${criterion.code} ${nameOf(criterion)}`,
          }))}
        />
      </Form.Item>
      <Form.Item
        label={t('text')}
        name="text"
        rules={[required('textRequired'), { whitespace: true, min: 3, message: t('textRequired') }]}
      >
        <Input.TextArea
          ref={text}
          autoSize={{ minRows: 2, maxRows: 10 }}
          onKeyDown={(event) => {
            if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) form.submit();
          }}
        />
      </Form.Item>
      <Form.Item label={t('evidence')} name="evidenceKind">
        <Radio.Group
          options={(['none', 'indicator', 'observed'] as const).map((kind) => ({
            value: kind,
            label: t(`evidenceKinds.${kind}`),
          }))}
        />
      </Form.Item>
      {evidenceKind === 'indicator' && (
        <>
          <Form.Item label={t('indicator')} name="indicatorCode" rules={[required('indicatorRequired')]}>
            <Select
              showSearch={{ optionFilterProp: 'label' }}
              placeholder={t('indicatorHint')}
              options={ordered.map((indicator) => ({ value: indicator.code, label: nameOf(indicator) }))}
            />
          </Form.Item>
          {indicatorCode && (
            <IndicatorPreview
              unitId={unitId}
              period={period}
              code={indicatorCode}
              valueUnit={byCode.get(indicatorCode)?.valueUnit ?? ''}
            />
          )}
        </>
      )}
      {evidenceKind === 'observed' && (
        <Flex wrap gap="middle">
          <Form.Item
            label={t('observedLabel')}
            name="observedLabel"
            rules={[required('observedLabelRequired')]}
            style={{ flex: '1 1 320px' }}
          >
            <Input maxLength={200} />
          </Form.Item>
          <Form.Item
            label={t('observedValue')}
            name="observedValue"
            rules={[required('observedValueRequired')]}
          >
            <InputNumber<number> />
          </Form.Item>
        </Flex>
      )}
      <Button type="primary" htmlType="submit" loading={recording.loading}>
        {t('add')}
      </Button>
    </Form>
  );
}

/** The unit's value of the indicator over the months the finding will be read on, before it is saved. */
function IndicatorPreview({
  unitId,
  period,
  code,
  valueUnit,
}: {
  unitId: string;
  period: string;
  code: string;
  valueUnit: string;
}) {
  const { t } = useTranslation('findings');
  const { data, error } = useQuery(UnitIndicatorQuery, { variables: { unitId, period, code } });
  const value = data?.unit?.indicators[0];
  if (error) return <ProblemAlert error={error} />;
  return (
    <Typography.Paragraph data-testid="indicator-value" aria-live="polite">
      {value
        ? t('indicatorValue', {
            period: periodText(period),
            value: indicatorValueText(value.value, valueUnit),
          })
        : ' '}
    </Typography.Paragraph>
  );
}
