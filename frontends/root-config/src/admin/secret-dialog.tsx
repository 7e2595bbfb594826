import { Alert, Button, Modal, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

/** A new token's secret, the only time anyone sees it: once closed, it is gone (the gateway keeps a hash). */
export function SecretDialog({
  name,
  secret,
  onClose,
}: {
  name: string;
  secret: string;
  onClose: () => void;
}) {
  const { t } = useTranslation('admin');
  return (
    <Modal
      open
      title={t('apiTokens.secretTitle', { name })}
      onCancel={onClose}
      maskClosable={false}
      width={640}
      footer={
        <Button type="primary" onClick={onClose}>
          {t('apiTokens.secretDone')}
        </Button>
      }
    >
      <Alert type="warning" showIcon title={t('apiTokens.secretWarning')} style={{ marginBottom: 16 }} />
      <Typography.Text strong>{t('apiTokens.secretLabel')}</Typography.Text>
      <Typography.Paragraph
        code
        copyable={{ text: secret, tooltips: [t('apiTokens.copy'), t('apiTokens.copied')] }}
        data-testid="api-token-secret"
        style={{ wordBreak: 'break-all', marginTop: 8 }}
      >
        {secret}
      </Typography.Paragraph>
    </Modal>
  );
}
