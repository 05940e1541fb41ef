import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { loginBodySchema } from '@siui/core';
import { Alert, Button, Card, Checkbox, Flex, Form, Input, Typography, theme } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation } from 'react-router';
import { ApiError } from '../api/client';
import { apiErrorMessage } from '../common/api-error-message';
import { LoadingBlock } from '../common/LoadingBlock';
import { schemaRule } from '../common/schema-rule';
import { LanguageSwitch } from '../i18n/LanguageSwitch';
import { useCurrentUserQuery, useLogin } from './auth.api';
import { formatWait, useRetryCountdown } from './use-retry-countdown';

interface LoginForm {
  username: string;
  password: string;
  rememberMe?: boolean;
}

function returnPath(state: unknown): string {
  if (typeof state === 'object' && state !== null && 'from' in state && typeof state.from === 'string') {
    return state.from.startsWith('/') ? state.from : '/';
  }
  return '/';
}

/** SIUI 2.0 login, the same for every house: the account says which house its holder works for. */
export default function LoginPage() {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const location = useLocation();
  const currentUser = useCurrentUserQuery();
  const login = useLogin();
  const countdown = useRetryCountdown();
  const [errorMessage, setErrorMessage] = useState<string | null>(null);

  useEffect(() => {
    document.title = `${t('auth.title')} — ${t('app.name')}`;
  }, [t]);

  if (currentUser.isPending) return <LoadingBlock />;
  if (currentUser.data) return <Navigate to={returnPath(location.state)} replace />;

  function submit(values: LoginForm) {
    setErrorMessage(null);
    login.mutate(values, {
      onError: (error) => {
        setErrorMessage(apiErrorMessage(error, t));
        if (error instanceof ApiError && error.retryAfterSeconds !== null)
          countdown.start(error.retryAfterSeconds);
      },
    });
  }

  return (
    <Flex
      component="main"
      vertical
      align="center"
      justify="center"
      style={{ minHeight: '100vh', padding: 24, background: token.colorBgLayout }}
    >
      <Card style={{ width: '100%', maxWidth: 420 }}>
        <Flex justify="space-between" align="flex-start" gap={16}>
          <div>
            <Typography.Title level={2} style={{ margin: 0, color: token.colorPrimary }}>
              {t('app.name')}
            </Typography.Title>
            <Typography.Text type="secondary">{t('app.longName')}</Typography.Text>
          </div>
          <LanguageSwitch />
        </Flex>
        <Typography.Paragraph style={{ margin: '16px 0 20px' }}>
          {t('app.module')} · {t('app.audience')}
        </Typography.Paragraph>

        {errorMessage ? (
          <Alert
            type="error"
            showIcon
            role="alert"
            title={errorMessage}
            description={
              countdown.secondsLeft > 0
                ? t('auth.retryIn', { wait: formatWait(countdown.secondsLeft) })
                : undefined
            }
            style={{ marginBottom: 16 }}
          />
        ) : null}

        <Form<LoginForm>
          layout="vertical"
          requiredMark={false}
          onFinish={submit}
          disabled={login.isPending}
          // The server locks a user name, not the page: another name may be tried at once.
          onValuesChange={(changed: Partial<LoginForm>) => {
            if (changed.username !== undefined) countdown.start(0);
          }}
        >
          <Form.Item
            name="username"
            label={t('auth.username')}
            rules={[schemaRule(loginBodySchema.shape.username, t('auth.usernameRequired'))]}
          >
            <Input prefix={<UserOutlined />} autoComplete="username" autoFocus />
          </Form.Item>
          <Form.Item
            name="password"
            label={t('auth.password')}
            rules={[schemaRule(loginBodySchema.shape.password, t('auth.passwordRequired'))]}
          >
            <Input.Password prefix={<LockOutlined />} autoComplete="current-password" />
          </Form.Item>
          {/* Unchecked, the session cookie is gone when the browser closes (a shared computer). */}
          <Form.Item name="rememberMe" valuePropName="checked">
            <Checkbox>{t('auth.rememberMe')}</Checkbox>
          </Form.Item>
          <Button
            type="primary"
            htmlType="submit"
            block
            loading={login.isPending}
            disabled={countdown.secondsLeft > 0}
          >
            {t('auth.submit')}
          </Button>
        </Form>
      </Card>
    </Flex>
  );
}
