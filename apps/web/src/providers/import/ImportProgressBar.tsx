import { Flex, Progress, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ImportProgress } from './provider-import.api';

/** The import's phase and how many rows it has done, as the server streams them. */
export function ImportProgressBar({ progress }: { progress: ImportProgress | null }) {
  const { t } = useTranslation();
  const percent = progress && progress.total > 0 ? Math.floor((progress.done / progress.total) * 100) : 0;
  return (
    <Flex vertical gap={4} style={{ marginTop: 16 }} aria-live="polite">
      <Flex justify="space-between">
        <Typography.Text>{t(`providers.import.phase.${progress?.phase ?? 'validate'}`)}</Typography.Text>
        {progress ? (
          <Typography.Text type="secondary">
            {t('providers.import.progress', { done: progress.done, total: progress.total })}
          </Typography.Text>
        ) : null}
      </Flex>
      <Progress percent={percent} status="active" aria-label={t('providers.import.title')} />
    </Flex>
  );
}
