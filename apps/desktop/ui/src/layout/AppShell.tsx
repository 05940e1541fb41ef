import { Alert, Flex, Layout, Menu, Typography } from 'antd';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ActivationWizard } from '../activation/ActivationWizard';
import { ApiError } from '../api/client';
import { useStatus } from '../api/queries';
import { CertificatePage } from '../certificate/CertificatePage';
import { HomePage } from '../home/HomePage';
import { LanguageSwitch } from '../i18n/LanguageSwitch';
import { MessagesPanel } from '../messages/MessagesPanel';
import { ReportsPage } from '../reports/ReportsPage';
import { PAGES, type Page, usePage } from './navigation';
import { StatusBar } from './StatusBar';

/**
 * The window as the seed shows it: a menu bar (*Administrare → Activare, Certificat digital*,
 * *Raportări*), the page, and at the bottom the status bar with the traffic light; double-clicking
 * the status bar — or its *Mesaje* button, by keyboard too — opens the list of validation messages
 * above it (seed figure 11); Escape closes it.
 */
export function AppShell() {
  const { t } = useTranslation();
  const [page, setPage] = usePage();
  const [messagesOpen, setMessagesOpen] = useState(false);
  // Held here so that choosing a page closes *Administrare*: chosen by keyboard, the submenu would
  // otherwise stay open over the page the focus has moved to.
  const [openMenus, setOpenMenus] = useState<string[]>([]);
  const messagesButton = useRef<HTMLButtonElement>(null);
  // Focus goes back where the list was opened from, so a keyboard user is not left at the top.
  const closeMessages = useCallback(() => {
    setMessagesOpen(false);
    messagesButton.current?.focus();
  }, []);
  useEffect(() => {
    if (!messagesOpen) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') closeMessages();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [messagesOpen, closeMessages]);
  const status = useStatus();
  const sessionLost = status.error instanceof ApiError && status.error.status === 401;
  // The program behind the window stopped (closed terminal, crash): say so instead of going stale.
  const serverGone = status.isError && !sessionLost;
  const provider = status.data?.activation?.provider;

  const main = useRef<HTMLElement>(null);

  return (
    <Layout style={{ height: '100%' }}>
      {/* A button, not a link: the page's address is its #hash, so skipping must not navigate. */}
      <button type="button" className="skip-link" onClick={() => main.current?.focus()}>
        {t('app.skipToContent')}
      </button>
      <Layout.Header style={{ display: 'flex', alignItems: 'center', gap: 16 }}>
        <Typography.Text strong style={{ color: '#fff', fontSize: 15, whiteSpace: 'nowrap' }}>
          {t('app.title')}
        </Typography.Text>
        <Typography.Text
          style={{ color: '#c9d6ea', flex: 1, textAlign: 'right' }}
          ellipsis
          data-testid="header-provider"
        >
          {provider ? `${provider.name} · ${provider.code}` : t('app.notActivated')}
        </Typography.Text>
        <LanguageSwitch />
      </Layout.Header>
      <Menu
        // A fresh menu per page: rc-menu keeps the chosen item as its keyboard position, and from
        // a closed submenu's item the arrows go nowhere when the bar is next reached with Tab.
        key={page}
        mode="horizontal"
        selectedKeys={[page]}
        openKeys={openMenus}
        onOpenChange={(keys) => {
          // rc-menu answers Enter on an item by "opening" that item's path, the page's own key
          // with it, just after the click closed the submenu: a leaf among the keys is that echo.
          if (!keys.some((key) => PAGES.some((page) => page === key))) setOpenMenus(keys);
        }}
        onClick={({ key }) => {
          setOpenMenus([]);
          setPage(key as Page);
          // A page chosen from the menu is where the user goes next: focus on it, as after the skip.
          main.current?.focus();
        }}
        style={{ lineHeight: '38px', paddingInline: 8 }}
        items={[
          { key: 'home', label: t('menu.home') },
          {
            key: 'administration',
            label: t('menu.administration'),
            children: [
              { key: 'activation', label: t('menu.activation') },
              { key: 'certificate', label: t('menu.certificate') },
            ],
          },
          { key: 'reports', label: t('menu.reports') },
        ]}
      />
      <Layout.Content
        ref={main}
        id="main-content"
        tabIndex={-1}
        role="main"
        style={{ overflow: 'auto', padding: 20, flex: 1, outline: 'none' }}
      >
        {sessionLost && (
          <Alert type="error" showIcon title={t('app.sessionLost')} style={{ marginBottom: 16 }} />
        )}
        {serverGone && (
          <Alert type="error" showIcon title={t('app.serverGone')} style={{ marginBottom: 16 }} />
        )}
        <Flex vertical style={{ maxWidth: 1100, margin: '0 auto' }}>
          {page === 'home' && <HomePage status={status.data} onOpen={setPage} />}
          {page === 'activation' && <ActivationWizard onGoCertificate={() => setPage('certificate')} />}
          {page === 'certificate' && <CertificatePage />}
          {page === 'reports' && <ReportsPage />}
        </Flex>
      </Layout.Content>
      {messagesOpen && <MessagesPanel onClose={closeMessages} />}
      <StatusBar
        status={status.data}
        messagesOpen={messagesOpen}
        messagesButton={messagesButton}
        onToggleMessages={() => (messagesOpen ? closeMessages() : setMessagesOpen(true))}
      />
    </Layout>
  );
}
