import { CheckOutlined, CopyOutlined, DownloadOutlined } from '@ant-design/icons';
import { Button, Flex, theme } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { saveBlob } from '../api/download';
import { copyText } from '../common/copy-text';

interface PemBlockProps {
  pem: string;
  /** The name of the downloaded file, e.g. `autoritate.pem`. */
  filename: string;
}

/** A certificate in PEM, to read, copy or download (to install it or check it with other tools). */
export function PemBlock({ pem, filename }: PemBlockProps) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const [copied, setCopied] = useState(false);

  async function copy() {
    if (await copyText(pem)) {
      setCopied(true);
      window.setTimeout(() => setCopied(false), 2000);
    }
  }

  return (
    <Flex vertical gap={8}>
      <Flex gap={8} wrap>
        <Button size="small" icon={copied ? <CheckOutlined /> : <CopyOutlined />} onClick={() => void copy()}>
          {copied ? t('pki.pem.copied') : t('pki.pem.copy')}
        </Button>
        <Button
          size="small"
          icon={<DownloadOutlined />}
          onClick={() => saveBlob(new Blob([pem], { type: 'application/x-pem-file' }), filename)}
        >
          {t('pki.pem.download', { file: filename })}
        </Button>
      </Flex>
      <pre
        data-testid="pem"
        style={{
          margin: 0,
          padding: 12,
          maxHeight: 360,
          overflow: 'auto',
          fontSize: 12,
          lineHeight: 1.5,
          background: token.colorFillQuaternary,
          border: `1px solid ${token.colorBorderSecondary}`,
          borderRadius: token.borderRadius,
        }}
      >
        {pem.trim()}
      </pre>
    </Flex>
  );
}
