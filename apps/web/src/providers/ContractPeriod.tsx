import type { Provider } from '@siui/core';
import { Flex, Tag, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDate, todayIsoDate } from '../common/format-date';

type Contract = Pick<Provider, 'contractNumber' | 'contractStart' | 'contractEnd'>;

/** Whether the contract's last day is already past. */
export function contractEnded(contract: Contract, today = todayIsoDate()): boolean {
  return contract.contractEnd < today;
}

/** The contract's number and period; an ended contract is marked in red. */
export function ContractPeriod({ contract }: { contract: Contract }) {
  const { t } = useTranslation();
  const ended = contractEnded(contract);
  const period = t('providers.contract.period', {
    start: formatDate(contract.contractStart),
    end: formatDate(contract.contractEnd),
  });
  return (
    <Flex vertical>
      <Flex align="center" gap={8}>
        <Typography.Text>{contract.contractNumber}</Typography.Text>
        {ended ? <Tag color="red">{t('providers.contract.endedTag')}</Tag> : null}
      </Flex>
      {ended ? (
        <Tooltip title={t('providers.contract.ended', { date: formatDate(contract.contractEnd) })}>
          <Typography.Text type="danger" style={{ whiteSpace: 'nowrap' }}>
            {period}
          </Typography.Text>
        </Tooltip>
      ) : (
        <Typography.Text type="secondary" style={{ whiteSpace: 'nowrap' }}>
          {period}
        </Typography.Text>
      )}
    </Flex>
  );
}
