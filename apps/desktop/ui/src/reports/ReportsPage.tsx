import { FileAddOutlined, ImportOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Flex, Table } from 'antd';
import dayjs from 'dayjs';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReportDetail, ReportListItem } from '../../../src/local-api/local-api.types';
import { api, errorText } from '../api/client';
import { queryKeys, useReports, useStatus } from '../api/queries';
import { ReportEditor } from './ReportEditor';
import { ReportStatusTag, SiuiStateTag } from './ReportLabels';

/** *Raportări*: the list (drafts, outbox, sent with SIUI's state), a new report, a JSON import. */
export function ReportsPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const status = useStatus();
  const reports = useReports();
  const [open, setOpen] = useState<{ id: string | null } | null>(null);
  // Back from a report, the focus goes to the list (the button pressed went away with the report).
  const list = useRef<HTMLDivElement>(null);
  const returning = useRef(false);
  useEffect(() => {
    if (open === null && returning.current) list.current?.focus();
    returning.current = open !== null;
  }, [open]);

  const importFile = useMutation({
    mutationFn: async (file: File) =>
      api<ReportDetail>('POST', '/api/reports/import', { content: await file.text() }),
    onSuccess: (report) => {
      message.success(t('reports.imported'));
      void queryClient.invalidateQueries({ queryKey: queryKeys.reports });
      setOpen({ id: report.id });
    },
    onError: (error) => message.error(errorText(error)),
  });

  if (open)
    return <ReportEditor id={open.id} onBack={() => setOpen(null)} onCreated={(id) => setOpen({ id })} />;
  const format = (iso: string | null) => (iso ? dayjs(iso).format('DD.MM.YYYY HH:mm') : '—');
  return (
    <Card
      ref={list}
      tabIndex={-1}
      role="region"
      aria-label={t('reports.title')}
      title={t('reports.title')}
      extra={
        <Flex gap={8}>
          <input
            id="report-import-file"
            type="file"
            accept=".json,application/json"
            style={{ display: 'none' }}
            onChange={(event) => {
              const file = event.target.files?.[0];
              event.target.value = '';
              if (file) importFile.mutate(file);
            }}
          />
          <Button
            icon={<ImportOutlined />}
            disabled={!status.data?.activation}
            loading={importFile.isPending}
            onClick={() => document.getElementById('report-import-file')?.click()}
          >
            {t('reports.importJson')}
          </Button>
          <Button
            type="primary"
            icon={<FileAddOutlined />}
            disabled={!status.data?.activation}
            onClick={() => setOpen({ id: null })}
          >
            {t('reports.new')}
          </Button>
        </Flex>
      }
    >
      {!status.data?.activation && status.data && (
        <Alert type="info" showIcon title={t('app.notActivated')} style={{ marginBottom: 16 }} />
      )}
      <Table<ReportListItem>
        size="middle"
        rowKey="id"
        loading={reports.isLoading}
        dataSource={reports.data ?? []}
        locale={{ emptyText: t('reports.empty') }}
        onRow={(report) => ({ onDoubleClick: () => setOpen({ id: report.id }) })}
        pagination={{ pageSize: 15, hideOnSinglePage: true }}
        columns={[
          { title: t('reports.period'), dataIndex: 'period', width: 110 },
          { title: t('reports.type'), dataIndex: 'type', width: 80 },
          { title: t('reports.lines'), dataIndex: 'lineCount', width: 80, align: 'right' },
          {
            title: t('reports.status'),
            dataIndex: 'status',
            width: 190,
            render: (value: ReportListItem['status']) => <ReportStatusTag status={value} />,
          },
          {
            title: t('reports.siuiState'),
            key: 'siui',
            width: 150,
            render: (_: unknown, report: ReportListItem) => <SiuiStateTag state={report.siui?.state} />,
          },
          { title: t('reports.created'), dataIndex: 'createdAt', width: 150, render: format },
          { title: t('reports.sent'), dataIndex: 'sentAt', width: 150, render: format },
          {
            key: 'open',
            width: 110,
            render: (_: unknown, report: ReportListItem) => (
              <Button size="small" onClick={() => setOpen({ id: report.id })}>
                {t('reports.open')}
              </Button>
            ),
          },
        ]}
      />
    </Card>
  );
}
