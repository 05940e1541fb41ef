import type { AuditEntry } from '@siui/core';
import { Col, Row, Typography, theme } from 'antd';
import { useTranslation } from 'react-i18next';

function JsonBlock({ title, value }: { title: string; value: unknown }) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  return (
    <>
      <Typography.Text strong>{title}</Typography.Text>
      <pre
        style={{
          margin: '4px 0 0',
          padding: 12,
          background: token.colorFillQuaternary,
          borderRadius: token.borderRadius,
          fontSize: 12,
          maxHeight: 360,
          overflow: 'auto',
          whiteSpace: 'pre-wrap',
          wordBreak: 'break-word',
        }}
      >
        {value === null || value === undefined ? t('audit.empty') : JSON.stringify(value, null, 2)}
      </pre>
    </>
  );
}

/** The entity as it was before the operation and as it is after it. */
export function AuditChanges({ entry }: { entry: AuditEntry }) {
  const { t } = useTranslation();
  return (
    <Row gutter={16}>
      <Col xs={24} lg={12}>
        <JsonBlock title={t('audit.before')} value={entry.before} />
      </Col>
      <Col xs={24} lg={12}>
        <JsonBlock title={t('audit.after')} value={entry.after} />
      </Col>
    </Row>
  );
}
