import { ClearOutlined } from '@ant-design/icons';
import { Button, DatePicker, Flex, Input, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useSession } from '../auth/session';
import { houseOptions, useInsuranceHouses } from '../insurance-houses/insurance-houses.api';
import type { AuditFilters } from './audit.api';

interface AuditFiltersBarProps {
  filters: AuditFilters;
  onChange: (filters: AuditFilters) => void;
}

type TextFilter = 'action' | 'actor' | 'entityType';
const TEXT_FILTERS: readonly TextFilter[] = ['action', 'actor', 'entityType'];

/** Operation, user, entity type, period and (for CNAS) house. */
export function AuditFiltersBar({ filters, onChange }: AuditFiltersBarProps) {
  const { t } = useTranslation();
  const user = useSession();
  const houses = useInsuranceHouses(true);

  function changePeriod(range: [Dayjs | null, Dayjs | null] | null) {
    const [start, end] = range ?? [null, null];
    onChange({
      ...filters,
      from: start ? start.startOf('day').toISOString() : undefined,
      to: end ? end.endOf('day').toISOString() : undefined,
    });
  }

  return (
    <Flex wrap gap={8} style={{ marginBottom: 16 }} role="search">
      {TEXT_FILTERS.map((name) => (
        <Input.Search
          key={`${name}:${filters[name] ?? ''}`}
          defaultValue={filters[name]}
          placeholder={t(`audit.filters.${name}`)}
          aria-label={t(`audit.filters.${name}`)}
          allowClear
          onSearch={(value) => onChange({ ...filters, [name]: value.trim() || undefined })}
          style={{ width: 200 }}
        />
      ))}
      <DatePicker.RangePicker
        aria-label={t('audit.filters.period')}
        placeholder={[t('audit.filters.from'), t('audit.filters.to')]}
        value={filters.from && filters.to ? [dayjs(filters.from), dayjs(filters.to)] : null}
        onChange={changePeriod}
      />
      {user.scope === 'ALL' ? (
        <Select
          value={filters.insuranceHouse}
          placeholder={t('audit.filters.house')}
          aria-label={t('audit.filters.house')}
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          options={houseOptions(houses.data)}
          onChange={(insuranceHouse: string | undefined) => onChange({ ...filters, insuranceHouse })}
          style={{ width: 300 }}
          popupMatchSelectWidth={false}
        />
      ) : null}
      <Button icon={<ClearOutlined />} onClick={() => onChange({})}>
        {t('common.resetFilters')}
      </Button>
    </Flex>
  );
}
