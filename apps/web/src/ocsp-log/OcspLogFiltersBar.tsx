import { ONLINE_OPERATIONS, OPERATION_RESULTS } from '@siui/core';
import { DatePicker, Flex, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useSession } from '../auth/session';
import { HouseFilterSelect, ResetFiltersButton } from '../common/filter-controls';
import { type TextSearchFilter, TextSearchFilters } from '../common/TextSearchFilters';
import type { OcspLogFilters } from './ocsp-log-filters';

interface OcspLogFiltersBarProps {
  filters: OcspLogFilters;
  onChange: (change: Partial<OcspLogFilters>) => void;
  onReset: () => void;
}

type TextFilter = 'providerCode' | 'username';
const TEXT_FILTERS: readonly TextSearchFilter<TextFilter>[] = [
  { name: 'providerCode', width: 200 },
  { name: 'username', width: 220 },
];

/** Provider code, user, operation, result, period and (for CNAS) house. */
export function OcspLogFiltersBar({ filters, onChange, onReset }: OcspLogFiltersBarProps) {
  const { t } = useTranslation();
  const user = useSession();

  function changePeriod(range: [Dayjs | null, Dayjs | null] | null) {
    const [start, end] = range ?? [null, null];
    onChange({
      from: start ? start.format('YYYY-MM-DD') : undefined,
      to: end ? end.format('YYYY-MM-DD') : undefined,
    });
  }

  return (
    <Flex wrap gap={8} style={{ marginBottom: 16 }} role="search">
      <TextSearchFilters
        filters={TEXT_FILTERS}
        values={filters}
        label={(name) => t(`ocspLog.filters.${name}`)}
        onSearch={(name, value) => onChange({ [name]: value })}
      />
      <Select
        value={filters.operation}
        placeholder={t('ocspLog.filters.operation')}
        aria-label={t('ocspLog.filters.operation')}
        allowClear
        options={ONLINE_OPERATIONS.map((operation) => ({
          value: operation,
          label: t(`ocspLog.operations.${operation}`),
        }))}
        onChange={(operation: OcspLogFilters['operation']) => onChange({ operation })}
        style={{ width: 210 }}
        popupMatchSelectWidth={false}
      />
      <Select
        value={filters.result}
        placeholder={t('ocspLog.filters.result')}
        aria-label={t('ocspLog.filters.result')}
        allowClear
        options={OPERATION_RESULTS.map((result) => ({
          value: result,
          label: t(`ocspLog.results.${result}`),
        }))}
        onChange={(result: OcspLogFilters['result']) => onChange({ result })}
        style={{ width: 130 }}
      />
      <DatePicker.RangePicker
        aria-label={t('ocspLog.filters.period')}
        placeholder={[t('ocspLog.filters.from'), t('ocspLog.filters.to')]}
        format="L"
        value={
          filters.from || filters.to
            ? [filters.from ? dayjs(filters.from) : null, filters.to ? dayjs(filters.to) : null]
            : null
        }
        onChange={changePeriod}
        allowEmpty={[true, true]}
      />
      {user.scope === 'ALL' ? (
        <HouseFilterSelect
          value={filters.insuranceHouse}
          label={t('ocspLog.filters.house')}
          onChange={(insuranceHouse: string | undefined) => onChange({ insuranceHouse })}
          width={280}
        />
      ) : null}
      <ResetFiltersButton onClick={onReset} />
    </Flex>
  );
}
