import { formatSerialForDisplay, normalizeCertificateSerial } from '@siui/core';
import { Input, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

interface SerialNumberInputProps {
  id?: string;
  value?: string;
  onChange?: (value: string) => void;
  disabled?: boolean;
}

/** The serial as copied from a certificate viewer; shows how it will be stored (`00 a3 0f` → `A3:0F`). */
export function SerialNumberInput({ id, value, onChange, disabled = false }: SerialNumberInputProps) {
  const { t } = useTranslation();
  const normalized = value ? normalizeCertificateSerial(value) : null;
  const preview = normalized?.ok ? formatSerialForDisplay(normalized.serial) : null;
  return (
    <>
      {/* A text area that grows: a 20-octet serial written with colons is 59 characters long. */}
      <Input.TextArea
        id={id}
        value={value}
        onChange={(event) => onChange?.(event.target.value)}
        disabled={disabled}
        autoComplete="off"
        spellCheck={false}
        autoSize={{ minRows: 1, maxRows: 3 }}
        style={{ fontFamily: 'monospace' }}
      />
      {preview && !disabled ? (
        <Typography.Text
          type="success"
          style={{ display: 'block', marginTop: 4 }}
          data-testid="serial-preview"
        >
          {t('userCertificates.form.serialPreview', { serial: preview })}
        </Typography.Text>
      ) : null}
    </>
  );
}
