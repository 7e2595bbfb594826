import { ProblemAlert, showFieldErrors } from '@cchc/web-shared';
import { Button, Form, message } from 'antd';
import type { TextAreaRef } from 'antd/es/input/TextArea';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Area } from './area-section.js';
import { FindingFieldItems, type FindingFields } from './finding-fields.js';
import type { FindingInput } from './generated/graphql.js';
import { useQueuedSave } from './queued-save.js';

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
  const [form] = Form.useForm<FindingFields>();
  const text = useRef<TextAreaRef>(null);
  const [problem, setProblem] = useState<unknown>(null);
  const [savedCount, setSavedCount] = useState(0);
  // Resetting the form mounts its fields afresh: the new text field takes the cursor once it is there.
  useEffect(() => {
    if (savedCount) text.current?.focus();
  }, [savedCount]);
  const queued = useQueuedSave(targetId, area);
  const save = async (fields: FindingFields) => {
    setProblem(null);
    const result = await queued.save(findingInputOf(area.code, fields));
    // A refusal keeps the form as typed, the reasons beside their fields; a finding kept to send later clears it.
    if (result.status === 'refused') return setProblem(showFieldErrors(form, result.problem));
    form.resetFields();
    setSavedCount((count) => count + 1);
    if (result.status === 'saved') void message.success(t('added'));
    else void message.warning(t('offline.kept'));
  };
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
      <FindingFieldItems form={form} area={area} unitId={unitId} period={period} textRef={text} />
      <Button type="primary" htmlType="submit" loading={queued.saving}>
        {t('add')}
      </Button>
    </Form>
  );
}
