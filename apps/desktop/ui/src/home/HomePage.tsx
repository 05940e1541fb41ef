import { CheckCircleFilled, ClockCircleOutlined } from '@ant-design/icons';
import { Button, Card, List, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { StatusResponse } from '../../../src/local-api/local-api.types';
import type { Page } from '../layout/navigation';

/** The start page: where the provider stands on the way from activation to sending reports. */
export function HomePage({
  status,
  onOpen,
}: {
  status: StatusResponse | undefined;
  onOpen: (page: Page) => void;
}) {
  const { t } = useTranslation();
  const steps: { label: string; done: boolean; page: Page | null }[] = [
    { label: t('home.stepActivation'), done: Boolean(status?.activation), page: 'activation' },
    { label: t('home.stepCertificate'), done: Boolean(status?.certificate), page: 'certificate' },
    { label: t('home.stepConnection'), done: status?.connection.light === 'green', page: null },
    { label: t('home.stepReports'), done: false, page: 'reports' },
  ];
  return (
    <Card title={t('home.title')}>
      <Typography.Paragraph>{t('home.intro')}</Typography.Paragraph>
      <List
        bordered
        dataSource={steps}
        renderItem={(step, index) => (
          <List.Item
            actions={
              step.page
                ? [
                    <Button key="open" size="small" onClick={() => step.page && onOpen(step.page)}>
                      {t('home.open')}
                    </Button>,
                  ]
                : []
            }
          >
            <List.Item.Meta
              avatar={
                step.done ? (
                  <CheckCircleFilled style={{ color: '#2fbf71', fontSize: 18 }} aria-label={t('home.done')} />
                ) : (
                  <ClockCircleOutlined
                    style={{ color: '#8c8c8c', fontSize: 18 }}
                    aria-label={t('home.todo')}
                  />
                )
              }
              title={`${index + 1}. ${step.label}`}
            />
          </List.Item>
        )}
      />
    </Card>
  );
}
