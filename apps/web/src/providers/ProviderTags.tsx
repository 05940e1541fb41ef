import { KeyOutlined } from '@ant-design/icons';
import type { Provider, ProviderCategory } from '@siui/core';
import { Badge, Tag, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../i18n/i18n';
import { categoryLabel } from './provider-categories';

/** The category's code (what SIUI reports use), its name in the tooltip. */
export function ProviderCategoryTag({ category }: { category: ProviderCategory }) {
  useTranslation(); // follow language switches
  return (
    <Tooltip title={categoryLabel(category, currentLanguage())}>
      <Tag>{category}</Tag>
    </Tooltip>
  );
}

/** *Cu cheie* (an activation key is current) or *Fără cheie*. */
export function KeyStateTag({ keyState }: { keyState: Provider['keyState'] }) {
  const { t } = useTranslation();
  return keyState === 'ACTIVE' ? (
    <Tag color="green" icon={<KeyOutlined />}>
      {t('providers.keyState.ACTIVE')}
    </Tag>
  ) : (
    <Tag>{t('providers.keyState.NONE')}</Tag>
  );
}

export function ProviderActiveBadge({ active }: { active: boolean }) {
  const { t } = useTranslation();
  return (
    <Badge
      status={active ? 'success' : 'default'}
      text={t(active ? 'providers.state.active' : 'providers.state.inactive')}
    />
  );
}
