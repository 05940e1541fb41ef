import { LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { App, Button, Flex, Layout, Typography, theme } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useLogout } from '../auth/auth.api';
import { LOGIN_PATH } from '../auth/RequireSession';
import { useSession } from '../auth/session';
import { useErrorNotifier } from '../common/use-error-notifier';
import { LanguageSwitch } from '../i18n/LanguageSwitch';

/** App name on the left; who is logged in, for which house, the language and *Ieșire* on the right. */
export function AppHeader() {
  const user = useSession();
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const logout = useLogout();
  const notifyError = useErrorNotifier();
  const navigate = useNavigate();
  const { message } = App.useApp();

  // Straight to the login page, without "come back here afterwards": the next person to log in
  // should start from the home page, not from the page the previous one left open.
  function logOut() {
    logout.mutate(undefined, {
      onSuccess: () => void message.success(t('auth.loggedOut')),
      onError: notifyError,
      onSettled: () => navigate(LOGIN_PATH, { replace: true }),
    });
  }

  return (
    <Layout.Header
      style={{
        background: token.colorBgContainer,
        borderBottom: `1px solid ${token.colorBorderSecondary}`,
        padding: '0 24px',
        height: 64,
        lineHeight: 'normal',
      }}
    >
      <Flex align="center" justify="space-between" gap={24} style={{ height: '100%' }}>
        <Flex align="baseline" gap={12} style={{ minWidth: 0 }}>
          <Typography.Text strong style={{ fontSize: 20, color: token.colorPrimary, whiteSpace: 'nowrap' }}>
            {t('app.name')}
          </Typography.Text>
          <Typography.Text type="secondary" style={{ whiteSpace: 'nowrap' }}>
            {t('app.module')}
          </Typography.Text>
        </Flex>
        <Flex align="center" gap={20} style={{ minWidth: 0 }}>
          <Flex align="center" gap={10} style={{ minWidth: 0 }} data-testid="header-user">
            <UserOutlined style={{ fontSize: 18, color: token.colorTextSecondary }} />
            <Flex vertical style={{ minWidth: 0 }}>
              <Typography.Text strong ellipsis>
                {user.fullName}
              </Typography.Text>
              <Typography.Text
                type="secondary"
                style={{ fontSize: 12, maxWidth: 380 }}
                ellipsis={{ tooltip: user.insuranceHouse.name }}
              >
                {user.insuranceHouse.name}
              </Typography.Text>
            </Flex>
          </Flex>
          <LanguageSwitch />
          <Button icon={<LogoutOutlined />} loading={logout.isPending} onClick={logOut}>
            {t('auth.logout')}
          </Button>
        </Flex>
      </Flex>
    </Layout.Header>
  );
}
