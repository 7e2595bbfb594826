import { useQuery } from '@apollo/client/react';
import { FINDING_KINDS, indicatorValueText, ProblemAlert, useLanguage } from '@cchc/web-shared';
import { Flex, Form, type FormInstance, Input, InputNumber, Radio, Select, Typography } from 'antd';
import type { TextAreaRef } from 'antd/es/input/TextArea';
import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { Area } from './area-section.js';
import { periodText } from './evidence.js';
import type { FindingKind, Severity } from './generated/graphql.js';
import { useIndicatorCatalog } from './indicator-catalog.js';
import { UnitIndicatorQuery } from './operations.js';

export type EvidenceKind = 'none' | 'indicator' | 'observed';

/** A finding as its forms hold it: the evidence as one choice (none, an indicator, or one observed count). */
export interface FindingFields {
  kind: FindingKind;
  severity: Severity;
  criterionCode?: string | null;
  text: string;
  evidenceKind: EvidenceKind;
  indicatorCode?: string;
  observedLabel?: string;
  observedValue?: number | null;
}

export const SEVERITIES: Severity[] = ['LOW', 'MEDIUM', 'HIGH'];

interface FindingFieldItemsProps {
  form: FormInstance<FindingFields>;
  area: Area;
  unitId: string;
  /** The months an indicator is read over, `YYYY-MM..YYYY-MM`. */
  period: string;
  textRef?: Ref<TextAreaRef>;
  /** Kinds the finding may take (a strength stays a strength once written). */
  kinds?: FindingKind[];
}

/**
 * The fields of a finding, shared by the quick form and the edit form: kind, severity, the criterion chosen by
 * typing, the text (Ctrl+Enter saves), and the evidence.
 */
export function FindingFieldItems({
  form,
  area,
  unitId,
  period,
  textRef,
  kinds = FINDING_KINDS,
}: FindingFieldItemsProps) {
  const { t } = useTranslation('findings');
  const language = useLanguage();
  const { indicators, byCode } = useIndicatorCatalog();
  const evidenceKind = Form.useWatch('evidenceKind', form);
  const indicatorCode = Form.useWatch('indicatorCode', form);
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
    <>
      <Flex wrap gap="middle">
        <Form.Item label={t('kind')} name="kind">
          <Radio.Group
            optionType="button"
            options={kinds.map((kind) => ({ value: kind, label: t(`common:findingKinds.${kind}`) }))}
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
          ref={textRef}
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
    </>
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
  const { data, error, loading } = useQuery(UnitIndicatorQuery, { variables: { unitId, period, code } });
  if (error) return <ProblemAlert error={error} />;
  // No row for the unit reads as "no figures", like a row whose value is empty: never a blank line.
  const reading = data?.unit?.indicators?.[0];
  return (
    <Typography.Paragraph data-testid="indicator-value" aria-live="polite" aria-busy={loading}>
      {loading
        ? t('indicatorLoading')
        : t('indicatorValue', {
            period: periodText(period),
            value: indicatorValueText(reading?.value, valueUnit),
          })}
    </Typography.Paragraph>
  );
}
