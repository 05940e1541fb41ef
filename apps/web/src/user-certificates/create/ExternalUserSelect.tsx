import type { User } from '@siui/core';
import { Flex, Select, Spin, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../auth/session';
import { useDebouncedValue } from '../../common/use-debounced-value';
import { useExternalUserSearch } from './external-users.api';

interface ExternalUserSelectProps {
  id?: string;
  value?: string;
  onChange?: (userId: string | undefined) => void;
}

/** "18547290_CAS-AB — AB-MF-1 · Cabinet Medical …", the provider's house too for CNAS. */
function userLabel(user: User, withHouse: boolean): string {
  const provider = user.provider ? ` — ${user.provider.code} · ${user.provider.name}` : '';
  return `${user.username}${provider}${withHouse ? ` (${user.insuranceHouse})` : ''}`;
}

/** The provider's external user, searched on the server as you type (code, CUI or name). */
export function ExternalUserSelect({ id, value, onChange }: ExternalUserSelectProps) {
  const { t } = useTranslation();
  const withHouse = useSession().scope === 'ALL';
  const [text, setText] = useState('');
  const search = useDebouncedValue(text.trim(), 250);
  const users = useExternalUserSearch(search);
  const [chosen, setChosen] = useState<User | null>(null);

  const found = users.data ?? [];
  const listed = chosen && !found.some((user) => user.id === chosen.id) ? [chosen, ...found] : found;
  const options = listed.map((user) => ({ value: user.id, label: userLabel(user, withHouse), user }));

  return (
    <Select
      id={id}
      value={value}
      placeholder={t('userCertificates.form.userPlaceholder')}
      showSearch={{ filterOption: false, onSearch: setText }}
      options={options}
      loading={users.isFetching}
      notFoundContent={users.isFetching ? <Spin size="small" /> : t('userCertificates.form.noUsers')}
      optionRender={({ data }) => (
        <Flex vertical>
          <Typography.Text strong>{data.user.username}</Typography.Text>
          {data.user.provider ? (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {data.user.provider.code} · {data.user.provider.name}
              {withHouse ? ` · ${data.user.insuranceHouse}` : ''}
            </Typography.Text>
          ) : null}
        </Flex>
      )}
      onChange={(userId: string | undefined) => {
        setChosen(listed.find((user) => user.id === userId) ?? null);
        onChange?.(userId);
      }}
      allowClear
    />
  );
}
