import { foldForSearch, INSURANCE_HOUSES } from '@siui/core';
import { Select } from 'antd';
import { useTranslation } from 'react-i18next';

/** The 43 insurance houses a provider can belong to (CNAS itself has no providers). */
const HOUSES = INSURANCE_HOUSES.filter((house) => house.code !== 'CNAS');

export function HouseSelect({
  value,
  onChange,
}: {
  value: string | undefined;
  onChange: (code: string) => void;
}) {
  const { t } = useTranslation();
  return (
    <Select
      showSearch={{
        // "brasov" finds Brașov: diacritics and case do not matter.
        filterOption: (input, option) =>
          foldForSearch(String(option?.label ?? '')).includes(foldForSearch(input)),
      }}
      aria-label={t('activation.house')}
      data-testid="house-select"
      placeholder={t('activation.housePlaceholder')}
      value={value}
      onChange={onChange}
      style={{ width: 420 }}
      options={HOUSES.map((house) => ({ value: house.code, label: `${house.name} (${house.code})` }))}
    />
  );
}
