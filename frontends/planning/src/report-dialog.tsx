import { useMutation } from '@apollo/client/react';
import { DATE_FORMAT, ProblemAlert, showFieldErrors, toApiDate } from '@cchc/web-shared';
import { App, DatePicker, Form, Input, Modal } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ReportOnActionMutation } from './operations.js';

interface ReportFields {
  reportedOn: dayjs.Dayjs;
  text: string;
}

/**
 * A unit officer reports what its unit has corrected; the action becomes REPORTED for the inspection team to
 * verify. The version last read goes with it: a report on an action changed meanwhile gets CONFLICT.
 */
export function ReportDialog(props: {
  action: { id: string; version: number; requiredAction: string };
  onClose(sent: boolean): void;
}) {
  const { t } = useTranslation('planning');
  const { message } = App.useApp();
  const [form] = Form.useForm<ReportFields>();
  const [problem, setProblem] = useState<unknown>(null);
  const [report, sending] = useMutation(ReportOnActionMutation);
  const send = async (fields: ReportFields) => {
    setProblem(null);
    try {
      await report({
        variables: {
          actionId: props.action.id,
          version: props.action.version,
          report: { reportedOn: toApiDate(fields.reportedOn), text: fields.text.trim() },
        },
      });
      void message.success(t('officer.sent'));
      props.onClose(true);
    } catch (error) {
      setProblem(showFieldErrors(form, error));
    }
  };
  return (
    <Modal
      open
      title={t('officer.reportTitle')}
      okText={t('officer.send')}
      confirmLoading={sending.loading}
      onOk={() => form.submit()}
      onCancel={() => props.onClose(false)}
      destroyOnHidden
    >
      <p>{props.action.requiredAction}</p>
      <ProblemAlert error={problem} onReload={() => props.onClose(true)} />
      <Form<ReportFields>
        form={form}
        layout="vertical"
        initialValues={{ reportedOn: dayjs() }}
        onFinish={(fields) => void send(fields)}
      >
        <Form.Item
          name="reportedOn"
          label={t('officer.reportedOn')}
          rules={[{ required: true, message: t('required', { field: t('officer.reportedOn') }) }]}
        >
          <DatePicker format={DATE_FORMAT} disabledDate={(day) => day.isAfter(dayjs(), 'day')} />
        </Form.Item>
        <Form.Item
          name="text"
          label={t('officer.reportText')}
          rules={[{ required: true, min: 10, whitespace: true, message: t('officer.reportTextRule') }]}
        >
          <Input.TextArea rows={4} maxLength={4000} showCount />
        </Form.Item>
      </Form>
    </Modal>
  );
}
