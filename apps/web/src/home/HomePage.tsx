import { Card, Col, Empty, Row, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useSession } from '../auth/session';
import { PageHeader } from '../common/PageHeader';
import { menuRoutesFor } from '../navigation/route-lookup';
import { RightsList } from '../rights/RightsList';

/** Welcome page: who you are, which house, and what you may do here. */
export default function HomePage() {
  const user = useSession();
  const { t } = useTranslation();
  const pages = menuRoutesFor(user).filter((route) => route.descriptionKey !== undefined);

  return (
    <>
      <PageHeader
        title={t('home.welcome', { name: user.fullName })}
        description={
          <>
            {t('home.house', { house: user.insuranceHouse.name })}
            <br />
            {user.scope === 'ALL' ? t('home.scopeAll') : t('home.scopeHouse')}
          </>
        }
      />
      <Typography.Title level={4}>{t('home.pagesTitle')}</Typography.Title>
      {pages.length === 0 ? (
        <Empty description={t('home.noPages')} />
      ) : (
        <Row gutter={[16, 16]} style={{ marginBottom: 24 }}>
          {pages.map((route) => (
            <Col key={route.path} xs={24} md={12} xl={8}>
              <Card
                size="small"
                title={t(route.labelKey)}
                extra={<Link to={route.path}>{t('home.open')}</Link>}
                style={{ height: '100%' }}
              >
                {route.descriptionKey ? t(route.descriptionKey) : null}
              </Card>
            </Col>
          ))}
        </Row>
      )}
      <Typography.Title level={4}>{t('home.rightsTitle')}</Typography.Title>
      <RightsList rights={user.rights} emptyText={t('home.noPages')} />
    </>
  );
}
