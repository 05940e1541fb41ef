import { SafetyCertificateOutlined } from '@ant-design/icons';
import { Upload } from 'antd';
import { useTranslation } from 'react-i18next';
import { CERTIFICATE_FILE_ACCEPT, type CertificateFile, readCertificateFile } from './certificate-file';

interface CertificateDropZoneProps {
  /** The name of the file taken, if any (shown in the list under the zone). */
  fileName: string | null;
  onFile: (file: CertificateFile) => void;
  onRemove: () => void;
  disabled?: boolean;
}

/** Drop or choose one certificate file (.pem/.cer/.crt/.der); it is read here, not uploaded by the component. */
export function CertificateDropZone({
  fileName,
  onFile,
  onRemove,
  disabled = false,
}: CertificateDropZoneProps) {
  const { t } = useTranslation();
  return (
    <Upload.Dragger
      accept={CERTIFICATE_FILE_ACCEPT}
      maxCount={1}
      disabled={disabled}
      fileList={fileName ? [{ uid: 'certificate', name: fileName, status: 'done' }] : []}
      beforeUpload={(file) => {
        void readCertificateFile(file).then(onFile);
        return false;
      }}
      onRemove={() => {
        onRemove();
        return true;
      }}
    >
      <p className="ant-upload-drag-icon">
        <SafetyCertificateOutlined />
      </p>
      <p className="ant-upload-text">{t('pki.file.drop')}</p>
      <p className="ant-upload-hint">{t('pki.file.hint')}</p>
    </Upload.Dragger>
  );
}
