import { InputNumber, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

interface ExpiringWithinFilterProps {
  days: number | undefined;
  /** Called with the typed number of days (or nothing) on Enter or when leaving the box. */
  onChange: (days: number | undefined) => void;
}

/** *Expiră în [N] zile*: certificates whose validity ends within N days (from today). */
export function ExpiringWithinFilter({ days, onChange }: ExpiringWithinFilterProps) {
  const { t } = useTranslation();
  const [typed, setTyped] = useState<number | null>(days ?? null);
  const apply = () => {
    const next = typed ?? undefined;
    if (next !== days) onChange(next);
  };
  return (
    <Space.Compact>
      <Space.Addon>{t('userCertificates.filters.expiring')}</Space.Addon>
      <InputNumber<number>
        value={typed}
        min={0}
        max={3650}
        precision={0}
        aria-label={`${t('userCertificates.filters.expiring')} (${t('userCertificates.filters.days')})`}
        onChange={setTyped}
        onBlur={apply}
        onPressEnter={apply}
        style={{ width: 80 }}
      />
      <Space.Addon>{t('userCertificates.filters.days')}</Space.Addon>
    </Space.Compact>
  );
}
