import { OCSP_POLICIES } from '@siui/core';
import { Form, Input, Radio, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { authorityRules } from './authority-rules';

/** Name, OCSP and CRL addresses, OCSP policy: what CNAS may set on an authority. */
export function AuthoritySettingsFields({ creating = false }: { creating?: boolean }) {
  const { t } = useTranslation();
  const rules = authorityRules(t);
  return (
    <>
      <Form.Item
        name="name"
        label={t('issuingAuthorities.form.name')}
        rules={rules.name}
        extra={creating ? t('issuingAuthorities.form.nameHint') : undefined}
      >
        <Input autoComplete="off" />
      </Form.Item>
      <Form.Item
        name="ocspUrl"
        label={t('issuingAuthorities.form.ocspUrl')}
        rules={rules.ocspUrl}
        extra={t(
          creating ? 'issuingAuthorities.form.ocspUrlHint' : 'issuingAuthorities.form.ocspUrlEditHint',
        )}
      >
        <Input autoComplete="off" inputMode="url" placeholder="http://ocsp.example.ro" />
      </Form.Item>
      <Form.Item name="crlUrl" label={t('issuingAuthorities.form.crlUrl')} rules={rules.crlUrl}>
        <Input autoComplete="off" inputMode="url" placeholder="http://crl.example.ro/ca.crl" />
      </Form.Item>
      <Form.Item name="ocspPolicy" label={t('issuingAuthorities.form.policy')}>
        <Radio.Group>
          <Space orientation="vertical">
            {OCSP_POLICIES.map((policy) => (
              <Radio key={policy} value={policy}>
                <Typography.Text strong>{t(`issuingAuthorities.policy.${policy}`)}</Typography.Text>
                <Typography.Text type="secondary">
                  {' — '}
                  {t(`issuingAuthorities.policyHelp.${policy}`)}
                </Typography.Text>
              </Radio>
            ))}
          </Space>
        </Radio.Group>
      </Form.Item>
    </>
  );
}
