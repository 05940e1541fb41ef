import type { UserCertificatesQuery } from '@siui/core';
import { Flex, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../auth/session';
import { HouseFilterSelect, ResetFiltersButton } from '../../common/filter-controls';
import { type TextSearchFilter, TextSearchFilters } from '../../common/TextSearchFilters';
import { IssuingAuthoritySelect } from '../../issuing-authorities/IssuingAuthoritySelect';
import { ExpiringWithinFilter } from './ExpiringWithinFilter';

export type UserCertificatesFilterChange = Partial<
  Pick<
    UserCertificatesQuery,
    | 'providerCode'
    | 'username'
    | 'serialNumber'
    | 'issuingAuthorityId'
    | 'suspended'
    | 'expiringWithinDays'
    | 'insuranceHouse'
  >
>;

interface UserCertificatesFiltersProps {
  query: UserCertificatesQuery;
  onChange: (change: UserCertificatesFilterChange) => void;
  onReset: () => void;
}

type TextFilter = 'providerCode' | 'username' | 'serialNumber';
const TEXT_FILTERS: readonly TextSearchFilter<TextFilter>[] = [
  { name: 'providerCode', width: 200 },
  { name: 'username', width: 200 },
  { name: 'serialNumber', width: 220 },
];
const SUSPENDED_OPTIONS = ['true', 'false'] as const;

/** Provider code, user, serial, authority, suspended, "expires within N days" and (CNAS) house. */
export function UserCertificatesFilters({ query, onChange, onReset }: UserCertificatesFiltersProps) {
  const { t } = useTranslation();
  const user = useSession();

  return (
    <Flex wrap gap={8} style={{ marginBottom: 16 }} role="search">
      <TextSearchFilters
        filters={TEXT_FILTERS}
        values={query}
        label={(name) => t(`userCertificates.filters.${name}`)}
        onSearch={(name, value) => onChange({ [name]: value })}
      />
      <IssuingAuthoritySelect
        value={query.issuingAuthorityId}
        placeholder={t('userCertificates.filters.authority')}
        aria-label={t('userCertificates.filters.authority')}
        allowClear
        onChange={(issuingAuthorityId: string | undefined) => onChange({ issuingAuthorityId })}
        style={{ width: 220 }}
        popupMatchSelectWidth={false}
      />
      <Select
        value={query.suspended === undefined ? undefined : String(query.suspended)}
        placeholder={t('userCertificates.filters.suspended')}
        aria-label={t('userCertificates.filters.suspended')}
        allowClear
        options={SUSPENDED_OPTIONS.map((value) => ({
          value,
          label: t('userCertificates.suspendedTag', { value: t(`userCertificates.suspendedValue.${value}`) }),
        }))}
        onChange={(value: string | undefined) =>
          onChange({ suspended: value === undefined ? undefined : value === 'true' })
        }
        style={{ width: 170 }}
      />
      <ExpiringWithinFilter
        key={`expiring:${query.expiringWithinDays ?? ''}`}
        days={query.expiringWithinDays}
        onChange={(expiringWithinDays) => onChange({ expiringWithinDays })}
      />
      {user.scope === 'ALL' ? (
        <HouseFilterSelect
          value={query.insuranceHouse}
          label={t('userCertificates.filters.house')}
          onChange={(insuranceHouse: string | undefined) => onChange({ insuranceHouse })}
          width={280}
        />
      ) : null}
      <ResetFiltersButton onClick={onReset} />
    </Flex>
  );
}
