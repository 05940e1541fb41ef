import { Layout, theme } from 'antd';
import { type MouseEvent, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet } from 'react-router';
import { ConsoleMenu } from '../navigation/ConsoleMenu';
import { RouteBreadcrumb } from '../navigation/RouteBreadcrumb';
import { AppHeader } from './AppHeader';
import { useScrollableTablesFocusable } from './use-scrollable-tables-focusable';

const SIDER_WIDTH = 272;
const MAIN_ID = 'continut';

/**
 * The first thing Tab reaches: past the header and the menu, straight to the page. Focus is moved
 * by hand as well as by the anchor, since a hash change alone does not move it in every browser and
 * would put `#continut` in the router's address.
 */
function SkipLink() {
  const { t } = useTranslation();
  function skip(event: MouseEvent<HTMLAnchorElement>) {
    event.preventDefault();
    document.getElementById(MAIN_ID)?.focus();
  }
  return (
    <a className="skip-link" href={`#${MAIN_ID}`} onClick={skip}>
      {t('app.skipToContent')}
    </a>
  );
}

/** The frame around every page of the authenticated console. */
export function AppLayout() {
  const { token } = theme.useToken();
  const { t } = useTranslation();
  const main = useRef<HTMLElement>(null);
  useScrollableTablesFocusable(main, t('app.scrollableTable'));
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <SkipLink />
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
        <Layout.Content
          ref={main}
          id={MAIN_ID}
          tabIndex={-1}
          style={{ padding: '16px 24px 32px', minWidth: 0, outline: 'none' }}
        >
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
