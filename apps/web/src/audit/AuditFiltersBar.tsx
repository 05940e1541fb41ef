import { DatePicker, Flex, Input } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useSession } from '../auth/session';
import { HouseFilterSelect, ResetFiltersButton } from '../common/filter-controls';
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
        <HouseFilterSelect
          value={filters.insuranceHouse}
          label={t('audit.filters.house')}
          onChange={(insuranceHouse: string | undefined) => onChange({ ...filters, insuranceHouse })}
          width={300}
          includeNational
        />
      ) : null}
      <ResetFiltersButton onClick={() => onChange({})} />
    </Flex>
  );
}
