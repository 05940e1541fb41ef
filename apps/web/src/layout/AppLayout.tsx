import { MenuOutlined } from '@ant-design/icons';
import { Button, Layout, theme } from 'antd';
import { type MouseEvent, useRef, useState } from 'react';
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
  const [collapsed, setCollapsed] = useState(false);
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
          collapsed={collapsed}
          onCollapse={setCollapsed}
          // Below 992 px (a 1280 px window at 200 % zoom) the menu folds away; Ant Design's own
          // opener is a bare <span>, out of Tab's reach, so the opener is a named button in it.
          trigger={
            <Button
              type="text"
              icon={<MenuOutlined />}
              aria-label={t('app.menuToggle')}
              aria-expanded={!collapsed}
              style={{ color: 'inherit' }}
            />
          }
          style={{
            background: token.colorBgContainer,
            borderRight: `1px solid ${token.colorBorderSecondary}`,
          }}
        >
          {/* A folded menu is zero pixels wide: its links must not take an invisible focus. */}
          <div inert={collapsed}>
            <ConsoleMenu />
          </div>
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
