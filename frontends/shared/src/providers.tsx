import { ApolloProvider } from '@apollo/client/react';
import { App, ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import viVN from 'antd/locale/vi_VN';
import type { ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { apolloClient } from './apollo.js';
import { i18n, useLanguage } from './i18n.js';

/** Ant Design's defaults, darkened where their grey text falls short of WCAG AA contrast. */
const THEME = {
  token: {
    colorPrimary: '#0b5cad',
    colorLink: '#0b5cad',
    colorError: '#cf1322',
    colorTextSecondary: 'rgba(0, 0, 0, 0.7)',
    colorTextTertiary: 'rgba(0, 0, 0, 0.65)',
    colorTextDescription: 'rgba(0, 0, 0, 0.65)',
    colorTextPlaceholder: 'rgba(0, 0, 0, 0.6)',
  },
};

function LocalisedKit({ children }: { children: ReactNode }) {
  const language = useLanguage();
  return (
    <ConfigProvider locale={language === 'en' ? enUS : viVN} theme={THEME}>
      <App>{children}</App>
    </ConfigProvider>
  );
}

/** What every screen of every application sits in: the page's Apollo Client, i18n and the UI kit's locale. */
export function WebProviders({ children }: { children: ReactNode }) {
  return (
    <ApolloProvider client={apolloClient}>
      <I18nextProvider i18n={i18n}>
        <LocalisedKit>{children}</LocalisedKit>
      </I18nextProvider>
    </ApolloProvider>
  );
}
