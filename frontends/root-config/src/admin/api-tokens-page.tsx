import { useQuery } from '@apollo/client/react';
import { addMessages, formatDate, UnitScopeQuery } from '@cchc/web-shared';
import { App, Button, Card, Flex, Popconfirm, Table, type TableProps, Tag, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type ApiTokenRecord, ApiTokenRefusal, listApiTokens, revokeApiToken } from './api-token-client.js';
import { apiTokenMessages } from './api-token-messages.js';
import { CreateApiTokenForm, ProblemLine } from './create-api-token-form.js';
import { SecretDialog } from './secret-dialog.js';

addMessages('admin', apiTokenMessages);

const asRefusal = (error: unknown) =>
  error instanceof ApiTokenRefusal ? error : new ApiTokenRefusal('unexpected', null, String(error));

/** A token's unit by name (the gateway lists its id). */
function UnitName({ id }: { id: string }) {
  const { data } = useQuery(UnitScopeQuery, { variables: { id } });
  return <>{data?.unit?.fullName ?? '…'}</>;
}

/** Solid tags in dark colours: Ant Design's light ones fall short of AA contrast. */
function TokenState({ token }: { token: ApiTokenRecord }) {
  const { t } = useTranslation('admin');
  if (token.revokedAt)
    return (
      <Tag variant="solid" color="#a8071a">
        {t('apiTokens.revoked', { date: formatDate(token.revokedAt) })}
      </Tag>
    );
  if (token.expiresAt && new Date(token.expiresAt).getTime() <= Date.now()) {
    return (
      <Tag variant="solid" color="#874d00">
        {t('apiTokens.expired')}
      </Tag>
    );
  }
  return (
    <Tag variant="solid" color="#237804">
      {t('apiTokens.active')}
    </Tag>
  );
}

/** An admin's API tokens: create one (its secret shown once), list them with their last use, revoke one. */
export function ApiTokensPage() {
  const { t } = useTranslation('admin');
  const { message } = App.useApp();
  const [tokens, setTokens] = useState<ApiTokenRecord[] | undefined>(undefined);
  const [loading, setLoading] = useState(true);
  const [problem, setProblem] = useState<ApiTokenRefusal | null>(null);
  const [created, setCreated] = useState<{ name: string; token: string } | null>(null);

  const reload = useCallback(async () => {
    setLoading(true);
    try {
      setTokens(await listApiTokens());
      setProblem(null);
    } catch (error) {
      setProblem(asRefusal(error));
    } finally {
      setLoading(false);
    }
  }, []);
  useEffect(() => {
    void reload();
  }, [reload]);

  const revoke = async (token: ApiTokenRecord) => {
    try {
      await revokeApiToken(token.id);
      void message.success(t('apiTokens.revokedDone', { name: token.name }));
      await reload();
    } catch (error) {
      setProblem(asRefusal(error));
    }
  };

  const columns: TableProps<ApiTokenRecord>['columns'] = [
    { key: 'name', title: t('apiTokens.name'), dataIndex: 'name' },
    {
      key: 'roles',
      title: t('apiTokens.role'),
      render: (_, token) => token.roles.map((role) => t(`common:roles.${role}`)).join(', '),
    },
    {
      key: 'unit',
      title: t('apiTokens.unit'),
      render: (_, token) => token.unitId && <UnitName id={token.unitId} />,
    },
    { key: 'createdAt', title: t('apiTokens.createdAt'), render: (_, token) => formatDate(token.createdAt) },
    { key: 'createdBy', title: t('apiTokens.createdBy'), dataIndex: 'createdBy' },
    {
      key: 'expiresAt',
      title: t('apiTokens.expiresAt'),
      render: (_, token) => (token.expiresAt ? formatDate(token.expiresAt) : t('apiTokens.noExpiry')),
    },
    {
      key: 'lastUsedAt',
      title: t('apiTokens.lastUsedAt'),
      render: (_, token) => (token.lastUsedAt ? formatDate(token.lastUsedAt) : t('apiTokens.never')),
    },
    { key: 'state', title: t('apiTokens.state'), render: (_, token) => <TokenState token={token} /> },
    {
      key: 'revoke',
      title: t('apiTokens.revoke'),
      render: (_, token) =>
        !token.revokedAt && (
          <Popconfirm
            title={t('apiTokens.revokeConfirm', { name: token.name })}
            description={t('apiTokens.revokeWarning')}
            okText={t('apiTokens.revoke')}
            okButtonProps={{ danger: true }}
            cancelText={t('common:actions.cancel')}
            onConfirm={() => revoke(token)}
          >
            <Button danger size="small" aria-label={`${t('apiTokens.revoke')} ${token.name}`}>
              {t('apiTokens.revoke')}
            </Button>
          </Popconfirm>
        ),
    },
  ];

  return (
    <Flex vertical gap="large">
      <div>
        <Typography.Title level={1} style={{ fontSize: 22, marginTop: 0 }}>
          {t('apiTokens.title')}
        </Typography.Title>
        <Typography.Paragraph type="secondary">{t('apiTokens.intro')}</Typography.Paragraph>
      </div>
      <Card title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('apiTokens.create')}</h2>}>
        <CreateApiTokenForm
          onCreated={(token) => {
            setCreated({ name: token.name, token: token.token });
            void reload();
          }}
        />
      </Card>
      <Card title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('apiTokens.list')}</h2>}>
        {problem && <ProblemLine problem={problem} />}
        <Table<ApiTokenRecord>
          data-testid="api-tokens-table"
          columns={columns}
          dataSource={tokens}
          rowKey="id"
          loading={loading}
          pagination={false}
          size="middle"
          scroll={{ x: true }}
        />
      </Card>
      {created && (
        <SecretDialog name={created.name} secret={created.token} onClose={() => setCreated(null)} />
      )}
    </Flex>
  );
}
