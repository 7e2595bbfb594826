import { LoginError, session, useSession } from '@cchc/web-shared';
import { Alert, Button, Card, Flex, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

interface Credentials {
  username: string;
  password: string;
}

/** The built-in login (POST /auth/token); the user stays on the page they asked for. */
export function LoginPage() {
  const { t } = useTranslation('common');
  const { endedBecause } = useSession();
  const [failure, setFailure] = useState<'credentials' | 'network' | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async ({ username, password }: Credentials) => {
    setBusy(true);
    setFailure(null);
    try {
      await session.login(username, password);
    } catch (error) {
      setFailure(error instanceof LoginError ? error.reason : 'network');
    } finally {
      setBusy(false);
    }
  };
  return (
    <main>
      <Flex justify="center" align="center" style={{ minHeight: '100vh', background: '#f0f4f8' }}>
        <Card style={{ width: 380 }}>
          <Typography.Title level={1} style={{ fontSize: 22 }}>
            {t('appName')}
          </Typography.Title>
          <Typography.Title level={2} style={{ fontSize: 16, marginTop: 0 }}>
            {t('login.title')}
          </Typography.Title>
          {endedBecause === 'expired' && !failure && (
            <Alert type="warning" showIcon title={t('login.expired')} />
          )}
          {failure && (
            <Alert
              role="alert"
              type="error"
              showIcon
              title={t(failure === 'credentials' ? 'login.credentials' : 'problem.network')}
            />
          )}
          <Form<Credentials>
            layout="vertical"
            onFinish={submit}
            style={{ marginTop: 16 }}
            requiredMark={false}
          >
            <Form.Item
              label={t('login.username')}
              name="username"
              rules={[{ required: true, message: t('login.required', { field: t('login.username') }) }]}
            >
              <Input autoComplete="username" autoFocus />
            </Form.Item>
            <Form.Item
              label={t('login.password')}
              name="password"
              rules={[{ required: true, message: t('login.required', { field: t('login.password') }) }]}
            >
              <Input.Password autoComplete="current-password" />
            </Form.Item>
            <Button type="primary" htmlType="submit" block loading={busy}>
              {t('login.submit')}
            </Button>
          </Form>
        </Card>
      </Flex>
    </main>
  );
}
