import { useMutation } from '@apollo/client/react';
import {
  DATE_FORMAT,
  formatDate,
  ProblemAlert,
  showFieldErrors,
  toApiDate,
  UnitPicker,
} from '@cchc/web-shared';
import {
  Button,
  DatePicker,
  Descriptions,
  Flex,
  Form,
  Input,
  List,
  message,
  Space,
  Tag,
  Typography,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { deadlineUrgency } from './action-deadline.js';
import {
  CreateCorrectiveActionMutation,
  FindingDetailQuery,
  VerifyCorrectiveActionMutation,
} from './detail.operations.js';
import type { CorrectiveActionDetailFragment as Action, ActionStatus } from './generated/graphql.js';
import { WRAPPING } from './text-style.js';

const today = () => dayjs().format('YYYY-MM-DD');

/** How far past (or near) its deadline an action the unit must still carry out is, in words; nothing otherwise. */
function DeadlineTag({ deadline, status }: { deadline: string; status: ActionStatus }) {
  const { t } = useTranslation('findings');
  const urgency = deadlineUrgency(deadline, status, today());
  if (!urgency) return null;
  if (urgency.kind === 'overdue')
    return (
      <Tag variant="solid" color="#a8071a" data-testid="overdue">
        ⚠ {t('detail.actions.overdueBy', { count: urgency.days })}
      </Tag>
    );
  return (
    <Tag variant="solid" color="#874d00">
      {urgency.days === 0 ? t('detail.actions.dueToday') : t('detail.actions.dueIn', { count: urgency.days })}
    </Tag>
  );
}

interface CorrectiveActionsProps {
  findingId: string;
  isStrength: boolean;
  unit: { id: string; name: string };
  actions: Action[];
  /** The plan's team or an administrator: adds actions and verifies them. */
  canAct: boolean;
}

/** The finding's corrective actions, overdue ones marked; the team adds one and verifies what units report. */
export function CorrectiveActions({ findingId, isStrength, unit, actions, canAct }: CorrectiveActionsProps) {
  const { t } = useTranslation('findings');
  if (isStrength) return <Typography.Text>{t('detail.actions.strength')}</Typography.Text>;
  return (
    <Flex vertical gap="middle">
      {actions.length === 0 ? (
        <Typography.Text>{t('detail.actions.none')}</Typography.Text>
      ) : (
        <List
          data-testid="corrective-actions"
          dataSource={actions}
          renderItem={(action) => (
            <List.Item data-testid={`action-${action.id}`}>
              <ActionItem action={action} canVerify={canAct} />
            </List.Item>
          )}
        />
      )}
      {canAct && <AddActionForm findingId={findingId} unit={unit} />}
    </Flex>
  );
}

function ActionItem({ action, canVerify }: { action: Action; canVerify: boolean }) {
  const { t } = useTranslation('findings');
  return (
    <Flex vertical gap="small" style={{ width: '100%', minWidth: 0 }}>
      <Typography.Text strong style={WRAPPING}>
        {action.requiredAction}
      </Typography.Text>
      <Descriptions
        size="small"
        column={{ xs: 1, md: 3 }}
        items={[
          { key: 'unit', label: t('detail.actions.responsible'), children: action.responsibleUnit.name },
          {
            key: 'deadline',
            label: t('detail.actions.deadline'),
            children: (
              <Space wrap size="small">
                <span data-testid="deadline">{formatDate(action.deadline)}</span>
                <DeadlineTag deadline={action.deadline} status={action.status} />
              </Space>
            ),
          },
          {
            key: 'status',
            label: t('detail.actions.status'),
            children: (
              <span data-testid="action-status">{t(`detail.actions.statuses.${action.status}`)}</span>
            ),
          },
        ]}
      />
      <Typography.Text type="secondary">{t('detail.actions.reports')}</Typography.Text>
      {action.reports.length === 0 ? (
        <Typography.Text>{t('detail.actions.noReport')}</Typography.Text>
      ) : (
        <ul style={{ margin: 0, paddingInlineStart: 20 }}>
          {action.reports.map((report) => (
            <li key={report.id}>
              <Typography.Text type="secondary">
                {t('detail.actions.reportBy', { date: formatDate(report.reportedOn), author: report.author })}
              </Typography.Text>
              <div style={WRAPPING}>{report.text}</div>
              {report.attachments.length > 0 && (
                <div style={WRAPPING}>
                  {t('detail.actions.attachments', {
                    files: report.attachments.map((file) => file.fileName).join(', '),
                  })}
                </div>
              )}
            </li>
          ))}
        </ul>
      )}
      {action.verificationNote && (
        <div style={WRAPPING}>
          <Typography.Text type="secondary">{t('detail.actions.verification')}: </Typography.Text>
          {action.verificationNote}
        </div>
      )}
      {action.verifiedOn && (
        <Typography.Text>
          {t('detail.actions.verifiedOn', { date: formatDate(action.verifiedOn) })}
        </Typography.Text>
      )}
      {canVerify && action.status === 'REPORTED' && <VerifyForm action={action} />}
    </Flex>
  );
}

/** Accepts a reported action, or sends it back to the unit with the reason. */
function VerifyForm({ action }: { action: Action }) {
  const { t } = useTranslation('findings');
  const [form] = Form.useForm<{ note: string }>();
  const [problem, setProblem] = useState<unknown>(null);
  const [verify, verifying] = useMutation(VerifyCorrectiveActionMutation, {
    refetchQueries: [FindingDetailQuery],
  });
  const decide = async (accepted: boolean) => {
    setProblem(null);
    const note = (form.getFieldValue('note') as string | undefined)?.trim() || null;
    if (!accepted && !note) {
      form.setFields([{ name: 'note', errors: [t('detail.actions.verify.reasonRequired')] }]);
      return;
    }
    try {
      await verify({ variables: { actionId: action.id, version: action.version, accepted, note } });
      void message.success(t(accepted ? 'detail.actions.verify.accepted' : 'detail.actions.verify.sentBack'));
    } catch (error) {
      setProblem(showFieldErrors(form, error));
    }
  };
  return (
    <Form form={form} name={`verify-${action.id}`} layout="vertical" style={{ maxWidth: 720 }}>
      <ProblemAlert error={problem} />
      <Form.Item label={t('detail.actions.verify.note')} name="note">
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} />
      </Form.Item>
      <Space wrap>
        <Button type="primary" loading={verifying.loading} onClick={() => void decide(true)}>
          {t('detail.actions.verify.accept')}
        </Button>
        <Button danger loading={verifying.loading} onClick={() => void decide(false)}>
          {t('detail.actions.verify.sendBack')}
        </Button>
      </Space>
    </Form>
  );
}

interface ResponsibleUnit {
  id: string;
  name: string;
}

interface ActionFields {
  requiredAction: string;
  responsibleUnitId: ResponsibleUnit;
  deadline: Dayjs | null;
}

/** The unit chosen (the finding's own at first), and a picker to choose another. */
function ResponsibleUnitField({
  id,
  value,
  onChange,
}: {
  id?: string;
  value?: ResponsibleUnit;
  onChange?: (unit: ResponsibleUnit) => void;
}) {
  const { t } = useTranslation('findings');
  return (
    <Flex vertical gap={4}>
      <Typography.Text strong data-testid="responsible-unit">
        {value?.name}
      </Typography.Text>
      <UnitPicker
        id={id}
        label={t('detail.actions.responsible')}
        onPick={(unit) => onChange?.({ id: unit.id, name: unit.fullName })}
      />
    </Flex>
  );
}

function AddActionForm({ findingId, unit }: { findingId: string; unit: ResponsibleUnit }) {
  const { t } = useTranslation('findings');
  const [form] = Form.useForm<ActionFields>();
  const [problem, setProblem] = useState<unknown>(null);
  const [create, creating] = useMutation(CreateCorrectiveActionMutation, {
    refetchQueries: [FindingDetailQuery],
  });
  const save = async (fields: ActionFields) => {
    setProblem(null);
    try {
      await create({
        variables: {
          findingId,
          action: {
            requiredAction: fields.requiredAction.trim(),
            responsibleUnitId: fields.responsibleUnitId.id,
            deadline: toApiDate(fields.deadline!),
          },
        },
      });
      form.resetFields();
      void message.success(t('detail.actions.add.added'));
    } catch (error) {
      setProblem(showFieldErrors(form, error));
    }
  };
  return (
    <Form<ActionFields>
      form={form}
      name="corrective-action"
      layout="vertical"
      initialValues={{ responsibleUnitId: unit, deadline: null }}
      onFinish={save}
      style={{ borderTop: '1px solid #d9d9d9', paddingTop: 12, maxWidth: 760 }}
    >
      <Typography.Title level={3} style={{ fontSize: 16 }}>
        {t('detail.actions.add.title')}
      </Typography.Title>
      <ProblemAlert error={problem} />
      <Form.Item
        label={t('detail.actions.requiredAction')}
        name="requiredAction"
        rules={[
          { required: true, whitespace: true, message: t('detail.actions.add.requiredActionRule') },
          { min: 3, message: t('detail.actions.add.requiredActionRule') },
        ]}
      >
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 8 }} />
      </Form.Item>
      <Form.Item
        label={t('detail.actions.responsible')}
        name="responsibleUnitId"
        extra={t('detail.actions.add.responsibleHint')}
      >
        <ResponsibleUnitField />
      </Form.Item>
      <Form.Item
        label={t('detail.actions.add.deadline')}
        name="deadline"
        rules={[{ required: true, message: t('detail.actions.add.deadlineRequired') }]}
      >
        <DatePicker format={DATE_FORMAT} />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={creating.loading}>
        {t('detail.actions.add.submit')}
      </Button>
    </Form>
  );
}
