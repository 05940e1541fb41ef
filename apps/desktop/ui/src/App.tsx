import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { App as AntApp, ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import roRO from 'antd/locale/ro_RO';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { changeLanguage, currentLanguage } from './i18n/i18n';
import { AppShell } from './layout/AppShell';
import { desktopTheme } from './theme';

const queryClient = new QueryClient({
  defaultOptions: { queries: { retry: 1, refetchOnWindowFocus: false }, mutations: { retry: 0 } },
});

export function App() {
  const { i18n } = useTranslation();
  // The local server speaks the window's language from the first request on.
  useEffect(() => {
    void changeLanguage(currentLanguage());
  }, []);
  return (
    <ConfigProvider theme={desktopTheme} locale={i18n.language === 'en' ? enUS : roRO}>
      <AntApp style={{ height: '100%' }}>
        <QueryClientProvider client={queryClient}>
          <AppShell />
        </QueryClientProvider>
      </AntApp>
    </ConfigProvider>
  );
}
