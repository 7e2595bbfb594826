import { useMutation } from '@apollo/client/react';
import { DATE_FORMAT, ProblemAlert, showFieldErrors, toApiDate } from '@cchc/web-shared';
import { Button, DatePicker, Form, Input, message, Select, Space } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { VisitFieldsFragment as Visit, VisitStatus } from './generated/graphql.js';
import { FindingsPlanQuery, RecordVisitMutation } from './operations.js';

interface VisitFields {
  actualDate: Dayjs | null;
  attendees: string;
  minutes: string;
  status: VisitStatus;
}

const VISIT_STATUSES: VisitStatus[] = ['PLANNED', 'DONE', 'POSTPONED', 'CANCELLED'];

/** The visit of one unit: date, who attended (one per line), minutes; version 0 before the first save. */
export function VisitForm({ targetId, visit }: { targetId: string; visit: Visit | null | undefined }) {
  const { t } = useTranslation('findings');
  const [form] = Form.useForm<VisitFields>();
  const [problem, setProblem] = useState<unknown>(null);
  const [record, recording] = useMutation(RecordVisitMutation, { refetchQueries: [FindingsPlanQuery] });
  const save = async (fields: VisitFields) => {
    setProblem(null);
    try {
      await record({
        variables: {
          targetId,
          version: visit?.version ?? 0,
          visit: {
            actualDate: fields.actualDate ? toApiDate(fields.actualDate) : null,
            attendees: fields.attendees
              .split('\n')
              .map((line) => line.trim())
              .filter(Boolean),
            minutes: fields.minutes.trim() || null,
            status: fields.status,
          },
        },
      });
      void message.success(t('visit.saved'));
    } catch (error) {
      setProblem(showFieldErrors(form, error));
    }
  };
  return (
    <Form<VisitFields>
      form={form}
      name="visit"
      layout="vertical"
      onFinish={save}
      initialValues={{
        actualDate: visit?.actualDate ? dayjs(visit.actualDate) : null,
        attendees: visit?.attendees.join('\n') ?? '',
        minutes: visit?.minutes ?? '',
        status: visit?.status ?? 'DONE',
      }}
    >
      <ProblemAlert error={problem} />
      <Space wrap align="start">
        <Form.Item label={t('visit.actualDate')} name="actualDate">
          <DatePicker format={DATE_FORMAT} />
        </Form.Item>
        <Form.Item label={t('visit.status')} name="status">
          <Select
            style={{ width: 180 }}
            options={VISIT_STATUSES.map((status) => ({
              value: status,
              label: t(`visit.statuses.${status}`),
            }))}
          />
        </Form.Item>
      </Space>
      <Form.Item label={t('visit.attendees')} name="attendees" extra={t('visit.attendeesHint')}>
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 8 }} />
      </Form.Item>
      <Form.Item label={t('visit.minutes')} name="minutes">
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 12 }} />
      </Form.Item>
      <Button htmlType="submit" loading={recording.loading}>
        {t('visit.save')}
      </Button>
    </Form>
  );
}
