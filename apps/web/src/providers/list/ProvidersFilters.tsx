import { KEY_STATES, type ProvidersQuery } from '@siui/core';
import { Flex, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../auth/session';
import { HouseFilterSelect, ResetFiltersButton } from '../../common/filter-controls';
import { type TextSearchFilter, TextSearchFilters } from '../../common/TextSearchFilters';
import { currentLanguage } from '../../i18n/i18n';
import { categoryOptions } from '../provider-categories';

export type ProvidersFilterChange = Partial<
  Pick<ProvidersQuery, 'q' | 'code' | 'fiscalCode' | 'category' | 'keyState' | 'active' | 'insuranceHouse'>
>;

interface ProvidersFiltersProps {
  query: ProvidersQuery;
  onChange: (change: ProvidersFilterChange) => void;
  onReset: () => void;
}

type TextFilter = 'q' | 'code' | 'fiscalCode';
const TEXT_FILTERS: readonly TextSearchFilter<TextFilter>[] = [
  { name: 'q', width: 300 },
  { name: 'code', width: 180 },
  { name: 'fiscalCode', width: 160 },
];
const TEXT_FILTER_LABELS = { q: 'search', code: 'code', fiscalCode: 'fiscalCode' } as const;
const ACTIVE_OPTIONS = ['true', 'false'] as const;

/** Free text (code, CUI, name without diacritics), code, CUI, category, key, state and (CNAS) house. */
export function ProvidersFilters({ query, onChange, onReset }: ProvidersFiltersProps) {
  const { t } = useTranslation();
  const user = useSession();

  return (
    <Flex wrap gap={8} style={{ marginBottom: 16 }} role="search">
      <TextSearchFilters
        filters={TEXT_FILTERS}
        values={query}
        label={(name) => t(`providers.filters.${TEXT_FILTER_LABELS[name]}`)}
        onSearch={(name, value) => onChange({ [name]: value })}
      />
      <Select
        value={query.category}
        placeholder={t('providers.filters.category')}
        aria-label={t('providers.filters.category')}
        allowClear
        showSearch={{ optionFilterProp: 'label' }}
        options={categoryOptions(currentLanguage())}
        onChange={(category: ProvidersQuery['category']) => onChange({ category })}
        style={{ width: 200 }}
        popupMatchSelectWidth={false}
      />
      <Select
        value={query.keyState}
        placeholder={t('providers.filters.keyState')}
        aria-label={t('providers.filters.keyState')}
        allowClear
        options={KEY_STATES.map((state) => ({
          value: state,
          label: t(`providers.filters.keyStateOptions.${state}`),
        }))}
        onChange={(keyState: ProvidersQuery['keyState']) => onChange({ keyState })}
        style={{ width: 170 }}
      />
      <Select
        value={query.active === undefined ? undefined : String(query.active)}
        placeholder={t('providers.filters.active')}
        aria-label={t('providers.filters.active')}
        allowClear
        options={ACTIVE_OPTIONS.map((value) => ({
          value,
          label: t(value === 'true' ? 'providers.state.active' : 'providers.state.inactive'),
        }))}
        onChange={(value: string | undefined) =>
          onChange({ active: value === undefined ? undefined : value === 'true' })
        }
        style={{ width: 130 }}
      />
      {user.scope === 'ALL' ? (
        <HouseFilterSelect
          value={query.insuranceHouse}
          label={t('providers.filters.house')}
          onChange={(insuranceHouse: string | undefined) => onChange({ insuranceHouse })}
          width={300}
        />
      ) : null}
      <ResetFiltersButton onClick={onReset} />
    </Flex>
  );
}
