import { Col, Form, Input, Row, Select, Switch, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../i18n/i18n';
import { houseOptions, useInsuranceHouses } from '../../insurance-houses/insurance-houses.api';
import { categoryOptions } from '../provider-categories';
import { DateField } from './DateField';
import { providerRules } from './provider-rules';

interface ProviderFormFieldsProps {
  /** CNAS staff creating a provider choose its house; county staff create in their own. */
  choosesHouse?: boolean;
  /** Why the CUI cannot change (its external user exists); the field is disabled when given. */
  fiscalCodeLockedReason?: string | undefined;
}

const HALF = { xs: 24, md: 12 } as const;
const THIRD = { xs: 24, md: 8 } as const;

function SectionTitle({ children }: { children: ReactNode }) {
  return (
    <Col span={24}>
      <Typography.Title level={5} style={{ margin: '4px 0 12px' }}>
        {children}
      </Typography.Title>
    </Col>
  );
}

/** Every field of a provider, in the order of the paper form: identification, contract, contact. */
export function ProviderFormFields({
  choosesHouse = false,
  fiscalCodeLockedReason,
}: ProviderFormFieldsProps) {
  const { t } = useTranslation();
  const houses = useInsuranceHouses();
  const rules = providerRules(t);

  return (
    <Row gutter={16}>
      <SectionTitle>{t('providers.form.identity')}</SectionTitle>
      {choosesHouse ? (
        <Col span={24}>
          <Form.Item name="insuranceHouse" label={t('providers.form.house')} rules={rules.insuranceHouse}>
            <Select
              showSearch={{ optionFilterProp: 'label' }}
              options={houseOptions(houses.data)}
              loading={houses.isPending}
            />
          </Form.Item>
        </Col>
      ) : null}
      <Col {...HALF}>
        <Form.Item name="code" label={t('providers.form.code')} required rules={rules.code}>
          <Input autoComplete="off" />
        </Form.Item>
      </Col>
      <Col {...HALF}>
        <Form.Item
          name="fiscalCode"
          label={t('providers.form.fiscalCode')}
          required
          rules={fiscalCodeLockedReason ? [] : rules.fiscalCode}
          extra={fiscalCodeLockedReason}
        >
          <Input autoComplete="off" disabled={fiscalCodeLockedReason !== undefined} />
        </Form.Item>
      </Col>
      <Col span={24}>
        <Form.Item name="name" label={t('providers.form.name')} required rules={rules.name}>
          <Input autoComplete="off" />
        </Form.Item>
      </Col>
      <Col span={24}>
        <Form.Item name="category" label={t('providers.form.category')} required rules={rules.category}>
          <Select
            showSearch={{ optionFilterProp: 'label' }}
            options={categoryOptions(currentLanguage())}
            popupMatchSelectWidth={false}
          />
        </Form.Item>
      </Col>
      <Col {...HALF}>
        <Form.Item
          name="registrationNumber"
          label={t('providers.form.registrationNumber')}
          rules={rules.registrationNumber}
        >
          <Input autoComplete="off" />
        </Form.Item>
      </Col>
      <Col {...HALF}>
        <Form.Item name="active" label={t('providers.form.active')} valuePropName="checked">
          <Switch />
        </Form.Item>
      </Col>

      <SectionTitle>{t('providers.form.contractSection')}</SectionTitle>
      <Col {...THIRD}>
        <Form.Item
          name="contractNumber"
          label={t('providers.form.contractNumber')}
          required
          rules={rules.contractNumber}
        >
          <Input autoComplete="off" />
        </Form.Item>
      </Col>
      <Col {...THIRD}>
        <DateField
          name="contractStart"
          label={t('providers.form.contractStart')}
          rules={rules.contractStart}
        />
      </Col>
      <Col {...THIRD}>
        <DateField
          name="contractEnd"
          label={t('providers.form.contractEnd')}
          rules={rules.contractEnd}
          dependencies={['contractStart']}
        />
      </Col>

      <SectionTitle>{t('providers.form.contact')}</SectionTitle>
      <Col {...HALF}>
        <Form.Item
          name="legalRepresentative"
          label={t('providers.form.legalRepresentative')}
          rules={rules.legalRepresentative}
        >
          <Input autoComplete="off" />
        </Form.Item>
      </Col>
      <Col {...HALF}>
        <Form.Item name="phone" label={t('providers.form.phone')} rules={rules.phone}>
          <Input autoComplete="off" inputMode="tel" />
        </Form.Item>
      </Col>
      <Col span={24}>
        <Form.Item name="email" label={t('providers.form.email')} rules={rules.email}>
          <Input autoComplete="off" inputMode="email" />
        </Form.Item>
      </Col>
      <Col span={24}>
        <Form.Item name="address" label={t('providers.form.address')} rules={rules.address}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 4 }} />
        </Form.Item>
      </Col>
    </Row>
  );
}
