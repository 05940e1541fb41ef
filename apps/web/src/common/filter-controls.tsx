import { ClearOutlined } from '@ant-design/icons';
import { Button, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { houseOptions, useInsuranceHouses } from '../insurance-houses/insurance-houses.api';

/** The house filter every list offers CNAS staff (scope ALL); `includeNational` adds CNAS itself. */
export function HouseFilterSelect(props: {
  value: string | undefined;
  label: string;
  onChange: (house: string | undefined) => void;
  includeNational?: boolean;
  width?: number;
}) {
  const houses = useInsuranceHouses(props.includeNational ?? false);
  return (
    <Select
      value={props.value}
      placeholder={props.label}
      aria-label={props.label}
      allowClear
      showSearch={{ optionFilterProp: 'label' }}
      options={houseOptions(houses.data)}
      onChange={props.onChange}
      style={{ width: props.width ?? 280 }}
      popupMatchSelectWidth={false}
    />
  );
}

export function ResetFiltersButton({ onClick }: { onClick: () => void }) {
  const { t } = useTranslation();
  return (
    <Button icon={<ClearOutlined />} onClick={onClick}>
      {t('common.resetFilters')}
    </Button>
  );
}
