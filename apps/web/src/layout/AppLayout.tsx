import { Layout, theme } from 'antd';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet } from 'react-router';
import { ConsoleMenu } from '../navigation/ConsoleMenu';
import { RouteBreadcrumb } from '../navigation/RouteBreadcrumb';
import { AppHeader } from './AppHeader';
import { useScrollableTablesFocusable } from './use-scrollable-tables-focusable';

const SIDER_WIDTH = 272;

/** The frame around every page of the authenticated console. */
export function AppLayout() {
  const { token } = theme.useToken();
  const { t } = useTranslation();
  const main = useRef<HTMLElement>(null);
  useScrollableTablesFocusable(main, t('app.scrollableTable'));
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <AppHeader />
      <Layout>
        <Layout.Sider
          width={SIDER_WIDTH}
          breakpoint="lg"
          collapsedWidth={0}
          style={{
            background: token.colorBgContainer,
            borderRight: `1px solid ${token.colorBorderSecondary}`,
          }}
        >
          <ConsoleMenu />
        </Layout.Sider>
        <Layout.Content ref={main} style={{ padding: '16px 24px 32px', minWidth: 0 }}>
          <div style={{ marginBottom: 12 }}>
            <RouteBreadcrumb />
          </div>
          <div
            style={{
              background: token.colorBgContainer,
              borderRadius: token.borderRadiusLG,
              padding: 24,
            }}
          >
            <Outlet />
          </div>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
