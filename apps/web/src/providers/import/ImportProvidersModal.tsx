import { InboxOutlined } from '@ant-design/icons';
import { Alert, Button, Form, Modal, Select, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../auth/session';
import { apiErrorMessage } from '../../common/api-error-message';
import { houseOptions, useInsuranceHouses } from '../../insurance-houses/insurance-houses.api';
import { ImportInstructions } from './ImportInstructions';
import { ImportOutcomeView } from './ImportOutcomeView';
import { ImportProgressBar } from './ImportProgressBar';
import { type ImportProgress, useImportProviders } from './provider-import.api';

const MAX_CSV_BYTES = 10 * 1024 * 1024;

/** *Import CSV*: choose the file, follow the progress, then read the counts or the row errors. */
export function ImportProvidersModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const choosesHouse = useSession().scope === 'ALL';
  const houses = useInsuranceHouses();
  const [file, setFile] = useState<File | null>(null);
  const [house, setHouse] = useState<string | undefined>(undefined);
  const [progress, setProgress] = useState<ImportProgress | null>(null);
  const importCsv = useImportProviders(setProgress);
  const finished = importCsv.data !== undefined;
  const tooLarge = file !== null && file.size > MAX_CSV_BYTES;

  function reset() {
    setFile(null);
    setProgress(null);
    importCsv.reset();
  }

  function close() {
    if (importCsv.isPending) return;
    reset();
    setHouse(undefined);
    onClose();
  }

  const start = () => {
    if (file) importCsv.mutate({ file, insuranceHouse: choosesHouse ? house : undefined });
  };
  const footer = finished
    ? [
        <Button key="another" onClick={reset}>
          {t('providers.import.another')}
        </Button>,
        <Button key="close" type="primary" onClick={close}>
          {t('providers.import.close')}
        </Button>,
      ]
    : [
        <Button key="cancel" onClick={close} disabled={importCsv.isPending}>
          {t('common.cancel')}
        </Button>,
        <Button
          key="start"
          type="primary"
          onClick={start}
          loading={importCsv.isPending}
          disabled={file === null || tooLarge || (choosesHouse && house === undefined)}
        >
          {t('providers.import.start')}
        </Button>,
      ];

  return (
    <Modal
      title={t('providers.import.title')}
      open={open}
      onCancel={close}
      footer={footer}
      width={760}
      maskClosable={!importCsv.isPending}
      closable={!importCsv.isPending}
      destroyOnHidden
    >
      {importCsv.data ? (
        <ImportOutcomeView outcome={importCsv.data} />
      ) : (
        <>
          <ImportInstructions />
          {choosesHouse ? (
            <Form layout="vertical">
              <Form.Item label={t('providers.import.house')} required>
                <Select
                  value={house}
                  onChange={setHouse}
                  showSearch={{ optionFilterProp: 'label' }}
                  options={houseOptions(houses.data)}
                  aria-label={t('providers.import.house')}
                  disabled={importCsv.isPending}
                />
              </Form.Item>
            </Form>
          ) : null}
          <Upload.Dragger
            accept=".csv,text/csv"
            maxCount={1}
            disabled={importCsv.isPending}
            fileList={file ? [{ uid: 'csv', name: file.name, size: file.size, status: 'done' }] : []}
            beforeUpload={(chosen) => {
              setFile(chosen);
              importCsv.reset();
              return false; // sent by `importProviders`, not by the upload component
            }}
            onRemove={() => setFile(null)}
          >
            <p className="ant-upload-drag-icon">
              <InboxOutlined />
            </p>
            <p className="ant-upload-text">{t('providers.import.drop')}</p>
            <p className="ant-upload-hint">{t('providers.import.dropHint')}</p>
          </Upload.Dragger>
          {tooLarge ? (
            <Alert type="warning" showIcon title={t('providers.import.tooLarge')} style={{ marginTop: 16 }} />
          ) : null}
          {progress || importCsv.isPending ? <ImportProgressBar progress={progress} /> : null}
          {importCsv.isError ? (
            <Alert
              type="error"
              showIcon
              title={apiErrorMessage(importCsv.error, t)}
              style={{ marginTop: 16 }}
            />
          ) : null}
        </>
      )}
    </Modal>
  );
}
