import type { ReportState, ValidationMessage } from '@siui/core';
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';

const STATE_COLORS: Record<ReportState, string> = {
  VALID: 'green',
  PARTIALLY_VALID: 'orange',
  INVALID: 'red',
};

/** *Validă* green, *Parțial validă* orange, *Invalidă* red. */
export function ReportStateTag({ state }: { state: ReportState }) {
  const { t } = useTranslation();
  return <Tag color={STATE_COLORS[state]}>{t(`reports.states.${state}`)}</Tag>;
}

export function SeverityTag({ severity }: { severity: ValidationMessage['severity'] }) {
  const { t } = useTranslation();
  return <Tag color={severity === 'error' ? 'red' : 'gold'}>{t(`reports.severity.${severity}`)}</Tag>;
}
