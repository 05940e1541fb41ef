import type { UserKind } from '@siui/core';
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';

/** *Intern* (CJAS/CNAS staff) or *Extern* (a provider's account, created with its activation key). */
export function UserKindTag({ kind }: { kind: UserKind }) {
  const { t } = useTranslation();
  return <Tag color={kind === 'internal' ? 'blue' : 'purple'}>{t(`users.kind.${kind}`)}</Tag>;
}
