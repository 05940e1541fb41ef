import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import type { ReportLine, Service } from '@siui/core';
import { Button, DatePicker, Input, InputNumber, Select, Table } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';

export interface EditableLine extends ReportLine {
  key: string;
}

let lineCounter = 0;
export function newLine(line: Partial<ReportLine> = {}): EditableLine {
  lineCounter += 1;
  return { key: `line-${lineCounter}`, cnp: '', serviceCode: '', date: '', quantity: 1, ...line };
}

/** The report's lines: CNP, a service code from the downloaded nomenclature, the date, the quantity. */
export function ReportLinesEditor({
  lines,
  onChange,
  services,
  period,
  disabled,
}: {
  lines: EditableLine[];
  onChange: (lines: EditableLine[]) => void;
  services: readonly Service[];
  period: string;
  disabled: boolean;
}) {
  const { t } = useTranslation();
  const update = (key: string, change: Partial<ReportLine>) =>
    onChange(lines.map((line) => (line.key === key ? { ...line, ...change } : line)));
  const month = dayjs(`${period}-01`);
  return (
    <Table<EditableLine>
      size="small"
      rowKey="key"
      pagination={false}
      dataSource={lines}
      // A narrow window (200% zoom) scrolls the lines sideways inside the table rather than
      // squeezing the service code to a few letters.
      scroll={{ x: 820 }}
      data-testid="report-lines"
      footer={
        disabled
          ? undefined
          : () => (
              <Button icon={<PlusOutlined />} onClick={() => onChange([...lines, newLine()])}>
                {t('reports.addLine')}
              </Button>
            )
      }
      columns={[
        {
          title: '#',
          key: 'index',
          width: 48,
          render: (_: unknown, __: EditableLine, index: number) => index + 1,
        },
        {
          title: t('reports.cnp'),
          dataIndex: 'cnp',
          width: 190,
          render: (_: unknown, line: EditableLine) => (
            <Input
              aria-label={t('reports.cnp')}
              value={line.cnp}
              maxLength={13}
              disabled={disabled}
              inputMode="numeric"
              onChange={(event) => update(line.key, { cnp: event.target.value.trim() })}
            />
          ),
        },
        {
          title: t('reports.service'),
          dataIndex: 'serviceCode',
          render: (_: unknown, line: EditableLine) =>
            services.length > 0 ? (
              <Select
                aria-label={t('reports.service')}
                value={line.serviceCode || undefined}
                disabled={disabled}
                showSearch={{ optionFilterProp: 'label' }}
                style={{ width: '100%' }}
                onChange={(serviceCode: string) => update(line.key, { serviceCode })}
                options={services.map((service) => ({
                  value: service.code,
                  label: `${service.code} — ${service.name}`,
                }))}
              />
            ) : (
              <Input
                aria-label={t('reports.service')}
                value={line.serviceCode}
                disabled={disabled}
                onChange={(event) =>
                  update(line.key, { serviceCode: event.target.value.trim().toUpperCase() })
                }
              />
            ),
        },
        {
          title: t('reports.date'),
          dataIndex: 'date',
          width: 160,
          render: (_: unknown, line: EditableLine) => (
            <DatePicker
              aria-label={t('reports.date')}
              value={line.date ? dayjs(line.date) : null}
              format="DD.MM.YYYY"
              disabled={disabled}
              defaultPickerValue={month}
              onChange={(value) => update(line.key, { date: value ? value.format('YYYY-MM-DD') : '' })}
            />
          ),
        },
        {
          title: t('reports.quantity'),
          dataIndex: 'quantity',
          width: 110,
          render: (_: unknown, line: EditableLine) => (
            <InputNumber
              aria-label={t('reports.quantity')}
              value={line.quantity}
              min={1}
              precision={0}
              disabled={disabled}
              onChange={(value) => update(line.key, { quantity: value ?? 0 })}
            />
          ),
        },
        {
          key: 'remove',
          width: 48,
          render: (_: unknown, line: EditableLine) =>
            disabled ? null : (
              <Button
                type="text"
                danger
                icon={<DeleteOutlined />}
                aria-label={t('reports.removeLine')}
                onClick={() => onChange(lines.filter((other) => other.key !== line.key))}
              />
            ),
        },
      ]}
    />
  );
}
