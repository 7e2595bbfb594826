import { useMutation, useQuery } from '@apollo/client/react';
import {
  DATE_FORMAT,
  linkTo,
  type PickedUnit,
  ProblemAlert,
  showFieldErrors,
  toApiDate,
  UnitPicker,
} from '@cchc/web-shared';
import { Button, Card, DatePicker, Flex, Form, Input, InputNumber, Space, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { navigateToUrl } from 'single-spa';
import type { PlanDetailFragment, PlanInput } from './generated/graphql.js';
import { CreatePlanMutation, PlanQuery, PlansQuery, UpdatePlanMutation } from './operations.js';
import { planPath } from './routes.js';

interface PlanFields {
  year: number;
  title: string;
  decisionNumber?: string;
  decisionDate?: Dayjs | null;
  periodFrom: Dayjs;
  periodTo: Dayjs;
  leadUnitId: string;
  scope?: string;
  catalogYear?: number | null;
}

const fieldsOf = (plan: PlanDetailFragment): PlanFields => ({
  year: plan.year,
  title: plan.title,
  decisionNumber: plan.decisionNumber ?? undefined,
  decisionDate: plan.decisionDate ? dayjs(plan.decisionDate) : null,
  periodFrom: dayjs(plan.periodFrom),
  periodTo: dayjs(plan.periodTo),
  leadUnitId: plan.leadUnit.id,
  scope: plan.scope ?? undefined,
  // The catalogue it uses, which may be another year's: saving must not silently switch it.
  catalogYear: plan.catalog.year,
});

export const inputOf = (fields: PlanFields): PlanInput => ({
  year: fields.year,
  title: fields.title.trim(),
  decisionNumber: fields.decisionNumber?.trim() || null,
  decisionDate: fields.decisionDate ? toApiDate(fields.decisionDate) : null,
  periodFrom: toApiDate(fields.periodFrom),
  periodTo: toApiDate(fields.periodTo),
  leadUnitId: fields.leadUnitId,
  scope: fields.scope?.trim() || null,
  catalogYear: fields.catalogYear ?? null,
});

/** Creates a plan (DRAFT) or edits one, checked as the user types and by the server on save. */
export function PlanForm({ planId }: { planId?: string }) {
  const { t } = useTranslation('planning');
  const [form] = Form.useForm<PlanFields>();
  const existing = useQuery(PlanQuery, { variables: { id: planId ?? '' }, skip: !planId });
  const plan = existing.data?.inspectionPlan;
  const [leadUnit, setLeadUnit] = useState<{ id: string; name: string } | null>(null);
  const [problem, setProblem] = useState<unknown>(null);
  const [create, creating] = useMutation(CreatePlanMutation, { refetchQueries: [PlansQuery] });
  const [update, updating] = useMutation(UpdatePlanMutation);
  useEffect(() => {
    if (plan) {
      form.setFieldsValue(fieldsOf(plan));
      setLeadUnit({ id: plan.leadUnit.id, name: plan.leadUnit.fullName });
    }
  }, [plan, form]);
  const required = (field: string, wording: 'required' | 'requiredChoice' = 'required') => ({
    required: true,
    message: t(wording, { field: t(`fieldNames.${field}`) }),
  });

  const save = async (fields: PlanFields) => {
    setProblem(null);
    try {
      const input = inputOf(fields);
      const saved = plan
        ? (await update({ variables: { id: plan.id, version: plan.version, input } })).data
            ?.updateInspectionPlan
        : (await create({ variables: { input } })).data?.createInspectionPlan;
      if (saved) navigateToUrl(planPath(saved.id));
    } catch (error) {
      // What no field of the form can show goes into the banner: a form never fails silently.
      setProblem(showFieldErrors(form, error));
    }
  };
  const pickLead = (unit: PickedUnit) => {
    setLeadUnit({ id: unit.id, name: unit.fullName });
    form.setFieldsValue({ leadUnitId: unit.id });
    void form.validateFields(['leadUnitId']);
  };
  const periodFrom = Form.useWatch('periodFrom', form);
  return (
    <Card>
      <Typography.Title level={1} style={{ fontSize: 22, marginTop: 0 }}>
        {plan ? t('editPlan') : t('newPlan')}
      </Typography.Title>
      <ProblemAlert
        error={problem ?? existing.error}
        onReload={() => {
          setProblem(null);
          void existing.refetch();
        }}
      />
      <Form<PlanFields>
        form={form}
        layout="vertical"
        onFinish={save}
        initialValues={{ year: dayjs().year(), catalogYear: null }}
        style={{ maxWidth: 760, marginTop: 16 }}
      >
        <Form.Item
          label={t('year')}
          name="year"
          rules={[required('year'), { type: 'number', min: 2000, max: 2100, message: t('yearRange') }]}
        >
          <InputNumber<number> />
        </Form.Item>
        <Form.Item
          label={t('catalogYear')}
          name="catalogYear"
          extra={plan ? t('catalogInUse', { title: plan.catalog.title }) : t('catalogYearHint')}
        >
          <InputNumber<number> min={2000} max={2100} />
        </Form.Item>
        <Form.Item
          label={t('planTitle')}
          name="title"
          rules={[
            required('planTitle'),
            { whitespace: true, message: t('required', { field: t('fieldNames.planTitle') }) },
          ]}
        >
          <Input maxLength={500} />
        </Form.Item>
        <Space wrap>
          <Form.Item label={t('decisionNumber')} name="decisionNumber">
            <Input placeholder="Quyết định số …/QĐ-UBND" style={{ width: 320 }} />
          </Form.Item>
          <Form.Item label={t('decisionDate')} name="decisionDate">
            <DatePicker format={DATE_FORMAT} />
          </Form.Item>
        </Space>
        <Space wrap>
          <Form.Item label={t('periodFrom')} name="periodFrom" rules={[required('periodFrom')]}>
            <DatePicker format={DATE_FORMAT} />
          </Form.Item>
          <Form.Item
            label={t('periodTo')}
            name="periodTo"
            dependencies={['periodFrom']}
            rules={[
              required('periodTo'),
              ({ getFieldValue }) => ({
                validator: (_, value: Dayjs | undefined) => {
                  const from = getFieldValue('periodFrom') as Dayjs | undefined;
                  return value && from && value.isBefore(from, 'day')
                    ? Promise.reject(new Error(t('periodOrder')))
                    : Promise.resolve();
                },
              }),
            ]}
          >
            <DatePicker format={DATE_FORMAT} />
          </Form.Item>
        </Space>
        <Form.Item
          label={t('leadUnit')}
          name="leadUnitId"
          rules={[required('leadUnit', 'requiredChoice')]}
          extra={<span data-testid="lead-unit">{leadUnit?.name}</span>}
        >
          <UnitPicker
            label={t('leadUnit')}
            asOf={periodFrom ? toApiDate(periodFrom) : undefined}
            rootUnitId={leadUnit?.id}
            onPick={pickLead}
          />
        </Form.Item>
        <Form.Item label={t('scope')} name="scope">
          <Input.TextArea rows={3} />
        </Form.Item>
        <Flex gap="small">
          <Button type="primary" htmlType="submit" loading={creating.loading || updating.loading}>
            {t('common:actions.save')}
          </Button>
          <Button {...linkTo(plan ? planPath(plan.id) : '/planning')}>{t('common:actions.cancel')}</Button>
        </Flex>
      </Form>
    </Card>
  );
}
