import { ClearOutlined } from '@ant-design/icons';
import { REPORT_STATES, type ReportsQuery } from '@siui/core';
import { Button, DatePicker, Flex, Input, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useSession } from '../auth/session';
import { houseOptions, useInsuranceHouses } from '../insurance-houses/insurance-houses.api';

export type ReportsFilterChange = Partial<
  Pick<ReportsQuery, 'providerCode' | 'state' | 'period' | 'insuranceHouse'>
>;

interface ReportsFiltersProps {
  query: ReportsQuery;
  onChange: (change: ReportsFilterChange) => void;
  onReset: () => void;
}

/** Provider code, state, period (a month) and (for CNAS) house. */
export function ReportsFilters({ query, onChange, onReset }: ReportsFiltersProps) {
  const { t } = useTranslation();
  const user = useSession();
  const houses = useInsuranceHouses();

  return (
    <Flex wrap gap={8} style={{ marginBottom: 16 }} role="search">
      <Input.Search
        key={`providerCode:${query.providerCode ?? ''}`}
        defaultValue={query.providerCode}
        placeholder={t('reports.filters.providerCode')}
        aria-label={t('reports.filters.providerCode')}
        allowClear
        onSearch={(value) => onChange({ providerCode: value.trim() || undefined })}
        style={{ width: 210 }}
      />
      <Select
        value={query.state}
        placeholder={t('reports.filters.state')}
        aria-label={t('reports.filters.state')}
        allowClear
        options={REPORT_STATES.map((state) => ({ value: state, label: t(`reports.states.${state}`) }))}
        onChange={(state: ReportsQuery['state']) => onChange({ state })}
        style={{ width: 170 }}
      />
      <DatePicker
        picker="month"
        format="MM.YYYY"
        value={query.period ? dayjs(`${query.period}-01`) : null}
        placeholder={t('reports.filters.period')}
        aria-label={t('reports.filters.period')}
        onChange={(month: Dayjs | null) => onChange({ period: month ? month.format('YYYY-MM') : undefined })}
        style={{ width: 170 }}
      />
      {user.scope === 'ALL' ? (
        <Select
          value={query.insuranceHouse}
          placeholder={t('reports.filters.house')}
          aria-label={t('reports.filters.house')}
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          options={houseOptions(houses.data)}
          onChange={(insuranceHouse: string | undefined) => onChange({ insuranceHouse })}
          style={{ width: 280 }}
          popupMatchSelectWidth={false}
        />
      ) : null}
      <Button icon={<ClearOutlined />} onClick={onReset}>
        {t('common.resetFilters')}
      </Button>
    </Flex>
  );
}
