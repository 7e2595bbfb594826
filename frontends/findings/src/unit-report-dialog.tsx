import { useMutation } from '@apollo/client/react';
import { DATE_FORMAT, formatDate, ProblemAlert, showFieldErrors } from '@cchc/web-shared';
import { Alert, App, Button, DatePicker, Flex, Form, Input, Modal, Typography, Upload } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { UnitSideActionFragment as Action } from './generated/graphql.js';
import { ActionStatusTag } from './labels.js';
import { WRAPPING } from './text-style.js';
import { awaitsReport, fileSizeText, type ReportFields, reportInputOf } from './unit-report.js';
import { UnitSideReportMutation } from './unit-side.operations.js';

/**
 * A unit officer reports what its unit has done: the action becomes REPORTED for the inspection team to
 * verify. The version last read goes with it: on an action changed meanwhile the server answers CONFLICT,
 * the dialog reloads the action and keeps what was typed, to be sent again.
 */
export function UnitReportDialog(props: { action: Action; onReload(): void; onClose(sent: boolean): void }) {
  const { t } = useTranslation('findings');
  const { message } = App.useApp();
  const { action } = props;
  const [form] = Form.useForm<ReportFields>();
  const [problem, setProblem] = useState<unknown>(null);
  const [report, sending] = useMutation(UnitSideReportMutation);
  const send = async (fields: ReportFields) => {
    setProblem(null);
    try {
      await report({
        variables: { actionId: action.id, version: action.version, report: reportInputOf(fields) },
      });
      void message.success(t('unitSide.report.sent'));
      props.onClose(true);
    } catch (error) {
      setProblem(showFieldErrors(form, error));
    }
  };
  const open = awaitsReport(action.status);
  return (
    <Modal
      open
      width={720}
      title={t('unitSide.report.title')}
      okText={t('unitSide.report.send')}
      okButtonProps={{ disabled: !open }}
      confirmLoading={sending.loading}
      onOk={() => form.submit()}
      onCancel={() => props.onClose(false)}
      destroyOnHidden
    >
      <Flex vertical gap="small">
        <Typography.Paragraph strong style={{ ...WRAPPING, marginBottom: 0 }}>
          {action.requiredAction}
        </Typography.Paragraph>
        <Flex gap="small" align="center" wrap>
          <ActionStatusTag status={action.status} />
          <Typography.Text>
            {t('unitSide.report.deadline', { date: formatDate(action.deadline) })}
          </Typography.Text>
        </Flex>
        <EarlierReports reports={action.reports} />
        {!open && <Alert type="info" showIcon title={t('unitSide.report.verified')} />}
        <ProblemAlert
          error={problem}
          onReload={() => {
            setProblem(null);
            props.onReload();
          }}
        />
      </Flex>
      <Form<ReportFields>
        form={form}
        layout="vertical"
        disabled={!open}
        style={{ marginTop: 16 }}
        initialValues={{ reportedOn: dayjs(), files: [] }}
        onFinish={(fields) => void send(fields)}
      >
        <Form.Item
          name="reportedOn"
          label={t('unitSide.report.reportedOn')}
          rules={[{ required: true, message: t('unitSide.report.reportedOnRequired') }]}
        >
          <DatePicker format={DATE_FORMAT} disabledDate={(day) => day.isAfter(dayjs(), 'day')} />
        </Form.Item>
        <Form.Item
          name="text"
          label={t('unitSide.report.text')}
          rules={[{ required: true, min: 10, whitespace: true, message: t('unitSide.report.textRule') }]}
        >
          <Input.TextArea rows={4} maxLength={4000} showCount />
        </Form.Item>
        <Form.Item
          name="files"
          label={t('unitSide.report.files')}
          valuePropName="fileList"
          getValueFromEvent={(event: { fileList: unknown[] }) => event.fileList}
          extra={t('unitSide.report.filesHint')}
        >
          {/* Nothing is uploaded: the files stay on the officer's computer, only their names go with the report. */}
          <Upload beforeUpload={() => false} multiple maxCount={20}>
            <Button>{t('unitSide.report.pickFiles')}</Button>
          </Upload>
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** What the unit already reported on the action, oldest first, with the files it named. */
function EarlierReports({ reports }: { reports: Action['reports'] }) {
  const { t } = useTranslation('findings');
  if (!reports.length) return null;
  return (
    <section aria-label={t('unitSide.report.earlier')} data-testid="earlier-reports">
      <Typography.Text strong>{t('unitSide.report.earlier')}</Typography.Text>
      <ul style={{ paddingInlineStart: 20, marginBlock: 4 }}>
        {[...reports]
          .sort((a, b) => a.reportedOn.localeCompare(b.reportedOn))
          .map((earlier) => (
            <li key={earlier.id}>
              <Typography.Text strong>{formatDate(earlier.reportedOn)}</Typography.Text>{' '}
              <Typography.Text type="secondary">
                {t('unitSide.report.by', { author: earlier.author })}
              </Typography.Text>
              <div style={WRAPPING}>{earlier.text}</div>
              {earlier.attachments.map((file, index) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: a report may name two files alike; its list never changes
                <div key={index} style={WRAPPING}>
                  📎 {file.fileName} ({fileSizeText(file.sizeBytes)})
                </div>
              ))}
            </li>
          ))}
      </ul>
    </section>
  );
}
