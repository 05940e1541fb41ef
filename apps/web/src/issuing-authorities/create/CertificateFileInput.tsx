import { useTranslation } from 'react-i18next';
import { CertificateDropZone } from '../../pki/CertificateDropZone';
import type { ChosenCertificateFile } from '../form/authority-form-values';

interface CertificateFileInputProps {
  value?: ChosenCertificateFile;
  onChange?: (file: ChosenCertificateFile | undefined) => void;
  /** Reports a file that cannot be sent (too large, unreadable). */
  onProblem: (message: string) => void;
}

/** The CA certificate as a form control: the drop zone holding the file read in the browser. */
export function CertificateFileInput({ value, onChange, onProblem }: CertificateFileInputProps) {
  const { t } = useTranslation();
  return (
    <CertificateDropZone
      fileName={value?.name ?? null}
      onFile={(file) => {
        if (file.ok) onChange?.({ name: file.name, content: file.content });
        else {
          onChange?.(undefined);
          onProblem(t(file.reason === 'TOO_LARGE' ? 'pki.file.tooLarge' : 'pki.file.unreadable'));
        }
      }}
      onRemove={() => onChange?.(undefined)}
    />
  );
}
