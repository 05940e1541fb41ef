import type { UserCertificateDetail } from '@siui/core';
import { App, Checkbox, Flex, Tooltip } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useHasRight } from '../../auth/session';
import { useErrorNotifier } from '../../common/use-error-notifier';
import { SuspendedTag } from '../SuspendedTag';
import { useUpdateUserCertificate } from '../user-certificates.api';
import { SuspendDialog } from './SuspendDialog';

/** *Suspendat: DA/NU* and the box that moves it from one state to the other (seed figures 6–7). */
export function SuspendedControl({ certificate }: { certificate: UserCertificateDetail }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const canSuspend = useHasRight('CERTIFICATES_SUSPEND');
  const update = useUpdateUserCertificate(certificate.id);
  const notifyError = useErrorNotifier();
  const [asking, setAsking] = useState(false);

  function change(reason: string | undefined) {
    const suspended = !certificate.suspended;
    update.mutate(
      { suspended, ...(reason ? { reason } : {}) },
      {
        onSuccess: () => {
          setAsking(false);
          message.success(
            t(suspended ? 'userCertificates.suspend.suspended' : 'userCertificates.suspend.resumed'),
          );
        },
        onError: notifyError,
      },
    );
  }

  const box = (
    <Checkbox
      checked={certificate.suspended}
      disabled={!canSuspend}
      onChange={() => setAsking(true)}
      data-testid="suspended-checkbox"
    >
      {t('userCertificates.detail.suspendCheckbox')}
    </Checkbox>
  );

  return (
    <Flex align="center" gap={16} wrap>
      <SuspendedTag suspended={certificate.suspended} short />
      {canSuspend ? box : <Tooltip title={t('userCertificates.detail.noSuspendRight')}>{box}</Tooltip>}
      <SuspendDialog
        certificate={certificate}
        open={asking}
        saving={update.isPending}
        onConfirm={change}
        onCancel={() => setAsking(false)}
      />
    </Flex>
  );
}
