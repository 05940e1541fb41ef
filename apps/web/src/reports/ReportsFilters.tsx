import { REPORT_STATES, type ReportsQuery } from '@siui/core';
import { DatePicker, Flex, Input, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useSession } from '../auth/session';
import { HouseFilterSelect, ResetFiltersButton } from '../common/filter-controls';

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
        <HouseFilterSelect
          value={query.insuranceHouse}
          label={t('reports.filters.house')}
          onChange={(insuranceHouse: string | undefined) => onChange({ insuranceHouse })}
          width={280}
        />
      ) : null}
      <ResetFiltersButton onClick={onReset} />
    </Flex>
  );
}
