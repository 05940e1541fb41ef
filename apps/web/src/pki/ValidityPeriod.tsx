import { Flex, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../common/format-date';
import { validityOf } from './validity';

interface ValidityProps {
  notBefore: string;
  notAfter: string;
}

/** Red *Expirat*, orange *Expiră în N zile*, blue *Încă nevalabil*; nothing for a comfortable validity. */
export function ValidityTag({ notBefore, notAfter }: ValidityProps) {
  const { t } = useTranslation();
  const validity = validityOf(notBefore, notAfter);
  switch (validity.state) {
    case 'NOT_YET_VALID':
      return <Tag color="blue">{t('pki.validity.notYetValid')}</Tag>;
    case 'EXPIRED':
      return <Tag color="red">{t('pki.validity.expired')}</Tag>;
    case 'EXPIRES_SOON':
      return (
        <Tag color="orange">
          {validity.daysLeft === 0
            ? t('pki.validity.expiresWithinDay')
            : t('pki.validity.expiresIn', { count: validity.daysLeft })}
        </Tag>
      );
    case 'VALID':
      return null;
  }
}

/** `01.01.2026 – 31.12.2027`, with the highlight under it when it needs attention. */
export function ValidityPeriod({ notBefore, notAfter }: ValidityProps) {
  const { t } = useTranslation();
  return (
    <Flex vertical gap={2} align="flex-start">
      <Typography.Text style={{ whiteSpace: 'nowrap' }}>
        {t('pki.validity.period', { from: formatDate(notBefore), to: formatDate(notAfter) })}
      </Typography.Text>
      <ValidityTag notBefore={notBefore} notAfter={notAfter} />
    </Flex>
  );
}
