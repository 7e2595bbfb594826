import { DATE_FORMAT, type PickedUnit, UnitPicker } from '@cchc/web-shared';
import { Alert, Button, DatePicker, Form, Input, InputNumber, Radio, Space } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  API_TOKEN_ROLES,
  type ApiTokenRecord,
  ApiTokenRefusal,
  type ApiTokenRole,
  createApiToken,
} from './api-token-client.js';

type Expiry = 'none' | 'days' | 'date';

interface TokenFields {
  name: string;
  role: ApiTokenRole;
  unitId?: string;
  expiry: Expiry;
  expiresInDays?: number | null;
  expiresOn?: Dayjs | null;
}

/** Where a refusal naming an input field of the gateway is shown (its `roles` is the form's one role). */
const FORM_FIELD_OF: Partial<Record<string, keyof TokenFields>> = {
  name: 'name',
  roles: 'role',
  unitId: 'unitId',
  expiresInDays: 'expiresInDays',
};

const DAY_MS = 86_400_000;

/** Whole days from today to a chosen date (the gateway counts an expiry in days). */
export function daysUntil(date: Dayjs, today = new Date()): number {
  const midnight = new Date(today.getFullYear(), today.getMonth(), today.getDate()).getTime();
  return Math.round((date.startOf('day').valueOf() - midnight) / DAY_MS);
}

function expiresInDays(fields: TokenFields): number | null {
  if (fields.expiry === 'days') return fields.expiresInDays ?? null;
  if (fields.expiry === 'date') return fields.expiresOn ? daysUntil(fields.expiresOn) : null;
  return null;
}

/**
 * A new API token: name, role (a unit officer's with its unit), expiry. The gateway checks every rule; its
 * refusals are shown next to the field they name.
 */
export function CreateApiTokenForm({
  onCreated,
}: {
  onCreated: (created: ApiTokenRecord & { token: string }) => void;
}) {
  const { t } = useTranslation('admin');
  const [form] = Form.useForm<TokenFields>();
  const [unit, setUnit] = useState<PickedUnit | null>(null);
  const [problem, setProblem] = useState<ApiTokenRefusal | null>(null);
  const [busy, setBusy] = useState(false);
  const role = Form.useWatch('role', form);
  const expiry = Form.useWatch('expiry', form);

  const submit = async (fields: TokenFields) => {
    setProblem(null);
    setBusy(true);
    try {
      const created = await createApiToken({
        name: fields.name ?? '',
        roles: [fields.role],
        unitId: fields.role === 'UNIT_OFFICER' ? (fields.unitId ?? null) : null,
        expiresInDays: expiresInDays(fields),
      });
      form.resetFields();
      setUnit(null);
      onCreated(created);
    } catch (error) {
      const refusal =
        error instanceof ApiTokenRefusal ? error : new ApiTokenRefusal('unexpected', null, String(error));
      const field = refusal.field ? FORM_FIELD_OF[refusal.field] : undefined;
      if (field) {
        const shownAt = field === 'expiresInDays' && fields.expiry === 'date' ? 'expiresOn' : field;
        form.setFields([{ name: shownAt, errors: [t(`apiTokens.fields.${refusal.field}`)] }]);
      } else setProblem(refusal);
    } finally {
      setBusy(false);
    }
  };
  const pickUnit = (picked: PickedUnit) => {
    setUnit(picked);
    form.setFields([{ name: 'unitId', value: picked.id, errors: [] }]);
  };

  return (
    <Form<TokenFields>
      form={form}
      layout="vertical"
      onFinish={submit}
      initialValues={{ role: 'ANALYST', expiry: 'none' }}
      requiredMark={false}
      style={{ maxWidth: 720 }}
    >
      {problem && <ProblemLine problem={problem} />}
      <Form.Item label={t('apiTokens.name')} name="name" extra={t('apiTokens.nameHint')}>
        <Input maxLength={200} />
      </Form.Item>
      <Form.Item label={t('apiTokens.role')} name="role">
        <Radio.Group
          options={API_TOKEN_ROLES.map((value) => ({ value, label: t(`common:roles.${value}`) }))}
        />
      </Form.Item>
      {role === 'UNIT_OFFICER' && (
        <Form.Item
          label={t('apiTokens.unit')}
          name="unitId"
          htmlFor="api-token-unit"
          extra={
            unit && (
              <span data-testid="api-token-unit">{t('apiTokens.unitChosen', { unit: unit.fullName })}</span>
            )
          }
        >
          <UnitPicker id="api-token-unit" label={t('apiTokens.unit')} onPick={pickUnit} />
        </Form.Item>
      )}
      <Form.Item label={t('apiTokens.expiry')} name="expiry">
        <Radio.Group
          options={[
            { value: 'none', label: t('apiTokens.expiryNone') },
            { value: 'days', label: t('apiTokens.expiryDays') },
            { value: 'date', label: t('apiTokens.expiryDate') },
          ]}
        />
      </Form.Item>
      {expiry === 'days' && (
        <Form.Item label={t('apiTokens.days')} name="expiresInDays">
          <InputNumber<number> min={1} max={3660} precision={0} style={{ width: 160 }} />
        </Form.Item>
      )}
      {expiry === 'date' && (
        <Form.Item label={t('apiTokens.date')} name="expiresOn">
          <DatePicker format={DATE_FORMAT} disabledDate={(day) => daysUntil(day) < 1} />
        </Form.Item>
      )}
      <Space>
        <Button type="primary" htmlType="submit" loading={busy}>
          {t('apiTokens.submit')}
        </Button>
      </Space>
    </Form>
  );
}

/** A refusal that names no field of the form: no right, the network, the session. */
export function ProblemLine({ problem }: { problem: ApiTokenRefusal }) {
  const { t } = useTranslation('common');
  return (
    <Alert
      role="alert"
      type="error"
      showIcon
      title={t(`problem.${problem.kind}`)}
      description={problem.kind === 'badInput' ? problem.message : undefined}
      style={{ marginBottom: 16 }}
    />
  );
}
