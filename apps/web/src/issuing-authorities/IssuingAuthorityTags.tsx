import type { OcspPolicy } from '@siui/core';
import { Badge, Tag, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';

/** *Strictă* (refuse when the OCSP service is down) or *Permisivă* (allow and note it). */
export function OcspPolicyTag({ policy }: { policy: OcspPolicy }) {
  const { t } = useTranslation();
  return (
    <Tooltip title={t(`issuingAuthorities.policyHelp.${policy}`)}>
      <Tag color={policy === 'HARD_FAIL' ? 'geekblue' : 'gold'}>
        {t(`issuingAuthorities.policy.${policy}`)}
      </Tag>
    </Tooltip>
  );
}

export function AuthorityActiveBadge({ active }: { active: boolean }) {
  const { t } = useTranslation();
  return (
    <Badge
      status={active ? 'success' : 'default'}
      text={t(active ? 'issuingAuthorities.state.active' : 'issuingAuthorities.state.inactive')}
    />
  );
}
