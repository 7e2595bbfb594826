import { type Language, session, setLanguage, useLanguage, useSession, useUnitScope } from '@cchc/web-shared';
import { Button, Layout, Menu, Result, Segmented, Space, Spin, Tag, Typography } from 'antd';
import { lazy, Suspense, useEffect, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { navigateToUrl, start, triggerAppChange } from 'single-spa';
import { LoginPage } from './login-page.js';
import { API_TOKENS_ROUTE, homeRouteOf, routeOf } from './routes.js';

// Admins only: its code loads when an admin opens it.
const ApiTokensPage = lazy(async () => ({
  default: (await import('../admin/api-tokens-page.js')).ApiTokensPage,
}));

export const APPLICATION_AREA_ID = 'application-area';

/** single-spa starts once, after the shell first rendered (and so the application area, once logged in). */
let started = false;

const subscribeToRouting = (onChange: () => void) => {
  window.addEventListener('single-spa:routing-event', onChange);
  window.addEventListener('popstate', onChange);
  return () => {
    window.removeEventListener('single-spa:routing-event', onChange);
    window.removeEventListener('popstate', onChange);
  };
};
const usePathname = () => useSyncExternalStore(subscribeToRouting, () => window.location.pathname);

const link = (href: string, label: string) => (
  <a href={href} onClick={navigateToUrl}>
    {label}
  </a>
);

const USER_NAME_STYLE = {
  display: 'inline-block',
  maxWidth: 240,
  overflow: 'hidden',
  textOverflow: 'ellipsis',
  whiteSpace: 'nowrap',
  verticalAlign: 'middle',
} as const;

function Header() {
  const { t } = useTranslation('common');
  const { user } = useSession();
  const scope = useUnitScope();
  const language = useLanguage();
  const pathname = usePathname();
  const selected = ['planning', 'findings', 'reporting'].filter((area) => pathname.startsWith(`/${area}`));
  if (routeOf(pathname).kind === 'apiTokens') selected.push('apiTokens');
  const isAdmin = user?.roles.includes('ADMIN') ?? false;
  return (
    <Layout.Header
      style={{ display: 'flex', alignItems: 'center', gap: 24, background: '#0b3d75', paddingInline: 24 }}
    >
      <Typography.Text strong style={{ color: '#fff', whiteSpace: 'nowrap' }}>
        {t('appName')}
      </Typography.Text>
      <nav aria-label={t('appName')} style={{ flex: 1, minWidth: 0 }}>
        <Menu
          theme="dark"
          mode="horizontal"
          selectedKeys={selected}
          style={{ background: 'transparent' }}
          items={[
            // A unit officer sees no plans (they name other units): only its own unit's results and actions.
            ...(scope
              ? [{ key: 'findings', label: link('/findings', t('nav.unitFindings')) }]
              : [
                  { key: 'planning', label: link('/planning', t('nav.planning')) },
                  { key: 'findings', label: link('/findings', t('nav.findings')) },
                ]),
            { key: 'reporting', label: link('/reporting', t('nav.reporting')) },
            ...(isAdmin
              ? [{ key: 'apiTokens', label: link(API_TOKENS_ROUTE, t('admin:nav.apiTokens')) }]
              : []),
          ]}
        />
      </nav>
      <Space size="middle" style={{ color: '#fff' }}>
        {/* Long official titles give way to the navigation; the whole name is on hover. */}
        <span data-testid="user-name" title={user?.name} style={USER_NAME_STYLE}>
          {user?.name}
        </span>
        {user?.roles.map((role) => (
          <Tag key={role}>{t(`roles.${role}`)}</Tag>
        ))}
        <Tag variant="solid" color="#874d00" data-testid="unit-scope">
          {scope ? t('scope.unit', { unit: scope.unit?.fullName ?? '…' }) : t('scope.province')}
        </Tag>
        <Segmented<Language>
          aria-label={t('language.label')}
          size="small"
          value={language}
          onChange={setLanguage}
          options={[
            { value: 'vi', label: 'VI', title: t('language.vi') },
            { value: 'en', label: 'EN', title: t('language.en') },
          ]}
        />
        <Button size="small" onClick={() => session.logout()}>
          {t('login.logout')}
        </Button>
      </Space>
    </Layout.Header>
  );
}

function ShellPage({ pathname }: { pathname: string }) {
  const { t } = useTranslation('common');
  const { user } = useSession();
  const route = routeOf(pathname);
  const home = homeRouteOf(user?.roles);
  if (route.kind === 'apiTokens') {
    if (!user?.roles.includes('ADMIN')) {
      return (
        <Result
          status="403"
          title={t('admin:noAccess.title')}
          subTitle={t('admin:noAccess.apiTokens')}
          extra={link(home, t('notFound.back'))}
        />
      );
    }
    return (
      <Suspense fallback={<Spin />}>
        <ApiTokensPage />
      </Suspense>
    );
  }
  if (route.kind === 'notFound') {
    return <Result status="404" title={t('notFound.title')} extra={link(home, t('notFound.back'))} />;
  }
  return null;
}

/** The page: header (user, unit scope, language), navigation and the application area; the login page without a session. */
export function Shell() {
  const { token, user } = useSession();
  const home = homeRouteOf(user?.roles);
  const pathname = usePathname();
  const { t } = useTranslation('common');
  useEffect(() => {
    document.title = t('appName');
  }, [t]);
  useEffect(() => {
    if (token && routeOf(window.location.pathname).kind === 'home') {
      window.history.replaceState(null, '', home);
    }
    // The application area exists now (or is gone): let single-spa mount or unmount accordingly.
    if (!started) {
      started = true;
      start();
    } else void triggerAppChange();
  }, [token, home]);
  if (!token) return <LoginPage />;
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Header />
      <Layout.Content style={{ padding: 24 }}>
        <main>
          <ShellPage pathname={pathname} />
          <div id={APPLICATION_AREA_ID} />
        </main>
      </Layout.Content>
    </Layout>
  );
}
