import { DatePicker, Flex } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useSession } from '../auth/session';
import { HouseFilterSelect, ResetFiltersButton } from '../common/filter-controls';
import { type TextSearchFilter, TextSearchFilters } from '../common/TextSearchFilters';
import type { AuditFilters } from './audit.api';

interface AuditFiltersBarProps {
  filters: AuditFilters;
  onChange: (filters: AuditFilters) => void;
}

type TextFilter = 'action' | 'actor' | 'entityType';
const TEXT_FILTERS: readonly TextSearchFilter<TextFilter>[] = [
  { name: 'action', width: 200 },
  { name: 'actor', width: 200 },
  { name: 'entityType', width: 200 },
];

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
      <TextSearchFilters
        filters={TEXT_FILTERS}
        values={filters}
        label={(name) => t(`audit.filters.${name}`)}
        onSearch={(name, value) => onChange({ ...filters, [name]: value })}
      />
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
