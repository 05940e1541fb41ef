import { USER_KINDS, type UsersQuery } from '@siui/core';
import { Flex, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../auth/session';
import { HouseFilterSelect, ResetFiltersButton } from '../../common/filter-controls';
import { currentLanguage } from '../../i18n/i18n';
import { roleOptions } from '../../roles/role-names';
import { useRoles } from '../../roles/roles.api';

export type UsersFilterChange = Partial<
  Pick<UsersQuery, 'q' | 'kind' | 'providerCode' | 'active' | 'role' | 'insuranceHouse'>
>;

interface UsersFiltersProps {
  query: UsersQuery;
  onChange: (change: UsersFilterChange) => void;
  onReset: () => void;
}

const ACTIVE_OPTIONS = ['true', 'false'] as const;

/** Free text, kind, provider code (how the seed finds a provider's external user), state, role, house. */
export function UsersFilters({ query, onChange, onReset }: UsersFiltersProps) {
  const { t } = useTranslation();
  const user = useSession();
  const roles = useRoles();
  const seesAllHouses = user.scope === 'ALL';

  return (
    <Flex wrap gap={8} style={{ marginBottom: 16 }} role="search">
      <Input.Search
        key={`q:${query.q ?? ''}`}
        defaultValue={query.q}
        placeholder={t('users.filters.search')}
        aria-label={t('users.filters.search')}
        allowClear
        onSearch={(value) => onChange({ q: value.trim() || undefined })}
        style={{ width: 280 }}
      />
      <Input.Search
        key={`provider:${query.providerCode ?? ''}`}
        defaultValue={query.providerCode}
        placeholder={t('users.filters.providerCode')}
        aria-label={t('users.filters.providerCode')}
        allowClear
        onSearch={(value) => onChange({ providerCode: value.trim() || undefined })}
        style={{ width: 200 }}
      />
      <Select
        value={query.kind}
        placeholder={t('users.filters.kind')}
        aria-label={t('users.filters.kind')}
        allowClear
        options={USER_KINDS.map((kind) => ({ value: kind, label: t(`users.kind.${kind}`) }))}
        onChange={(kind) => onChange({ kind })}
        style={{ width: 150 }}
      />
      <Select
        value={query.active === undefined ? undefined : String(query.active)}
        placeholder={t('users.filters.active')}
        aria-label={t('users.filters.active')}
        allowClear
        options={ACTIVE_OPTIONS.map((value) => ({
          value,
          label: t(value === 'true' ? 'users.state.active' : 'users.state.inactive'),
        }))}
        onChange={(value: string | undefined) =>
          onChange({ active: value === undefined ? undefined : value === 'true' })
        }
        style={{ width: 130 }}
      />
      <Select
        value={query.role}
        placeholder={t('users.filters.role')}
        aria-label={t('users.filters.role')}
        allowClear
        showSearch={{ optionFilterProp: 'label' }}
        options={roleOptions(roles.data ?? [], currentLanguage())}
        onChange={(role: string | undefined) => onChange({ role })}
        style={{ width: 240 }}
      />
      {seesAllHouses ? (
        <HouseFilterSelect
          value={query.insuranceHouse}
          label={t('users.filters.house')}
          onChange={(insuranceHouse: string | undefined) => onChange({ insuranceHouse })}
          width={300}
          includeNational
        />
      ) : null}
      <ResetFiltersButton onClick={onReset} />
    </Flex>
  );
}
