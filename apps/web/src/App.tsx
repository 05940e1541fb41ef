import { QueryClientProvider } from '@tanstack/react-query';
import { App as AntApp, ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import roRO from 'antd/locale/ro_RO';
import { useTranslation } from 'react-i18next';
import { BrowserRouter, Route, Routes } from 'react-router';
import { queryClient } from './api/query-client';
import LoginPage from './auth/LoginPage';
import { LOGIN_PATH, RequireSession } from './auth/RequireSession';
import { NotFoundResult } from './common/StatusResults';
import { currentLanguage } from './i18n/i18n';
import { AppLayout } from './layout/AppLayout';
import { RoutePage } from './navigation/RoutePage';
import { CONSOLE_ROUTES } from './navigation/routes';
import { consoleTheme } from './theme';

function ConsoleRoutes() {
  return (
    <Routes>
      <Route path={LOGIN_PATH} element={<LoginPage />} />
      <Route
        element={
          <RequireSession>
            <AppLayout />
          </RequireSession>
        }
      >
        {CONSOLE_ROUTES.map((route) => (
          <Route key={route.path} path={route.path} element={<RoutePage route={route} />} />
        ))}
        <Route path="*" element={<NotFoundResult />} />
      </Route>
    </Routes>
  );
}

/** Providers shared by every page: data, Ant Design in the console's language, routing. */
export function App() {
  useTranslation(); // re-render in the new language when the user switches
  const language = currentLanguage();

  return (
    <QueryClientProvider client={queryClient}>
      <ConfigProvider locale={language === 'ro' ? roRO : enUS} theme={consoleTheme}>
        <AntApp>
          <BrowserRouter>
            <ConsoleRoutes />
          </BrowserRouter>
        </AntApp>
      </ConfigProvider>
    </QueryClientProvider>
  );
}
