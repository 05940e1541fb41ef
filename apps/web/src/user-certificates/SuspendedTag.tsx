import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';

/** *Suspendat: DA* in red, *Suspendat: NU* in green (seed figure 6); `short` shows only DA/NU. */
export function SuspendedTag({ suspended, short = false }: { suspended: boolean; short?: boolean }) {
  const { t } = useTranslation();
  const value = t(`userCertificates.suspendedValue.${suspended ? 'true' : 'false'}`);
  return (
    <Tag color={suspended ? 'red' : 'green'} data-testid="suspended-tag">
      {short ? value : t('userCertificates.suspendedTag', { value })}
    </Tag>
  );
}
