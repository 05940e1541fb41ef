import { DownloadOutlined } from '@ant-design/icons';
import { Button, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { saveBlob } from '../../api/download';
import { IMPORT_COLUMNS, importTemplateCsv } from './import-columns';

function ColumnList({ required }: { required: boolean }) {
  return (
    <Flex wrap gap={4} component="span" style={{ display: 'inline-flex' }}>
      {IMPORT_COLUMNS.filter((column) => column.required === required).map(({ column }) => (
        <Typography.Text key={column} code>
          {column}
        </Typography.Text>
      ))}
    </Flex>
  );
}

/** What the file must look like, and its header as a template to download. */
export function ImportInstructions() {
  const { t } = useTranslation();

  function downloadTemplate() {
    saveBlob(
      new Blob([importTemplateCsv()], { type: 'text/csv;charset=utf-8' }),
      t('providers.import.templateName'),
    );
  }

  return (
    <Flex vertical gap={8} style={{ marginBottom: 16 }}>
      <Typography.Text>{t('providers.import.intro')}</Typography.Text>
      <div>
        <Typography.Text strong>{t('providers.import.requiredColumns')}</Typography.Text>{' '}
        <ColumnList required />
      </div>
      <div>
        <Typography.Text strong>{t('providers.import.optionalColumns')}</Typography.Text>{' '}
        <ColumnList required={false} />
      </div>
      <Typography.Text type="secondary">{t('providers.import.dates')}</Typography.Text>
      <div>
        <Button
          type="link"
          icon={<DownloadOutlined />}
          onClick={downloadTemplate}
          style={{ paddingInline: 0 }}
        >
          {t('providers.import.template')}
        </Button>
      </div>
    </Flex>
  );
}
