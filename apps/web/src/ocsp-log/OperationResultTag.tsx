import { CheckCircleOutlined, CloseCircleOutlined } from '@ant-design/icons';
import type { OcspLogEntry } from '@siui/core';
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';

/** *Permis* in green, *Refuzat* in red. */
export function OperationResultTag({ result }: { result: OcspLogEntry['result'] }) {
  const { t } = useTranslation();
  return result === 'ALLOWED' ? (
    <Tag color="green" icon={<CheckCircleOutlined />}>
      {t('ocspLog.results.ALLOWED')}
    </Tag>
  ) : (
    <Tag color="red" icon={<CloseCircleOutlined />}>
      {t('ocspLog.results.REFUSED')}
    </Tag>
  );
}
