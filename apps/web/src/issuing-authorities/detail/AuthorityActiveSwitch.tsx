import type { IssuingAuthority } from '@siui/core';
import { App, Flex, Switch, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useErrorNotifier } from '../../common/use-error-notifier';
import { useUpdateIssuingAuthority } from '../issuing-authorities.api';

/** *Autoritate activă*: each change is confirmed first, saying what it does to the providers. */
export function AuthorityActiveSwitch({ authority }: { authority: IssuingAuthority }) {
  const { t } = useTranslation();
  const { modal, message } = App.useApp();
  const update = useUpdateIssuingAuthority(authority.id);
  const notifyError = useErrorNotifier();
  const deactivating = authority.active;

  function confirm() {
    modal.confirm({
      title: t(
        deactivating
          ? 'issuingAuthorities.detail.deactivateTitle'
          : 'issuingAuthorities.detail.activateTitle',
        { name: authority.name },
      ),
      content: t(
        deactivating ? 'issuingAuthorities.detail.deactivate' : 'issuingAuthorities.detail.activate',
      ),
      okText: t(
        deactivating ? 'issuingAuthorities.detail.deactivateOk' : 'issuingAuthorities.detail.activateOk',
      ),
      okButtonProps: { danger: deactivating },
      cancelText: t('common.cancel'),
      width: 520,
      onOk: () =>
        update
          .mutateAsync({ active: !authority.active })
          .then(() => void message.success(t('common.saved')), notifyError),
    });
  }

  return (
    <Flex align="center" gap={12}>
      <Switch
        checked={authority.active}
        loading={update.isPending}
        onClick={confirm}
        aria-label={t('issuingAuthorities.detail.activeSwitch')}
      />
      <Typography.Text>{t('issuingAuthorities.detail.activeSwitch')}</Typography.Text>
    </Flex>
  );
}
