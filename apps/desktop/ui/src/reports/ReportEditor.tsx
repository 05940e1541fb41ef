import { ArrowLeftOutlined } from '@ant-design/icons';
import type { ValidationMessage } from '@siui/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, DatePicker, Flex, Form, Typography } from 'antd';
import dayjs from 'dayjs';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReportDetail } from '../../../src/local-api/local-api.types';
import { api, errorText } from '../api/client';
import { queryKeys, useReport, useServices } from '../api/queries';
import { ReportAnswer } from './ReportAnswer';
import { MessagesTable } from './ReportLabels';
import { type EditableLine, newLine, ReportLinesEditor } from './ReportLinesEditor';

/** Reports are usually for the month that just ended. */
const previousMonth = () => dayjs().subtract(1, 'month').format('YYYY-MM');

interface EditorProps {
  id: string | null;
  onBack: () => void;
  onCreated: (id: string) => void;
}

/** One report: edited while a draft, checked locally, sent; then what SIUI answered. */
export function ReportEditor(props: EditorProps) {
  const report = useReport(props.id);
  if (props.id !== null && !report.data) return <Card loading />;
  // Keyed by the report: the saved draft fills the form once, then the form is the truth until saved.
  return <ReportForm key={report.data?.id ?? 'new'} {...props} loaded={report.data ?? null} />;
}

function ReportForm({ id, onBack, onCreated, loaded }: EditorProps & { loaded: ReportDetail | null }) {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const queryClient = useQueryClient();
  const services = useServices();
  const [period, setPeriod] = useState(() => loaded?.period ?? previousMonth());
  const [lines, setLines] = useState<EditableLine[]>(() =>
    loaded ? loaded.lines.map((line) => newLine(line)) : [newLine()],
  );
  const [precheck, setPrecheck] = useState<ValidationMessage[] | null>(() =>
    loaded?.status === 'DRAFT' ? loaded.precheck : null,
  );
  const editable = id === null || loaded?.status === 'DRAFT';
  // Opening a report, and sending it, take away the button just pressed: the focus would fall to
  // the body, and a keyboard user would start again from the top. It goes to the report instead.
  const card = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!editable || document.activeElement === document.body || !document.activeElement)
      card.current?.focus();
  }, [editable]);

  const body = () => ({ period, lines: lines.map(({ key: _key, ...line }) => line) });
  const refresh = () => queryClient.invalidateQueries({ queryKey: queryKeys.reports });
  const save = async (): Promise<ReportDetail> => {
    const saved =
      id === null
        ? await api<ReportDetail>('POST', '/api/reports', body())
        : await api<ReportDetail>('PUT', `/api/reports/${id}`, body());
    queryClient.setQueryData(queryKeys.report(saved.id), saved);
    setPrecheck(saved.precheck);
    void refresh();
    return saved;
  };

  const saveDraft = useMutation({
    mutationFn: save,
    onSuccess: (saved) => {
      message.success(t('reports.saved'));
      if (id === null) onCreated(saved.id);
    },
  });
  const check = useMutation({
    mutationFn: () => api<ValidationMessage[]>('POST', '/api/reports/precheck', body()),
    onSuccess: setPrecheck,
  });
  const send = useMutation({
    mutationFn: async () => {
      const saved = await save();
      return api<ReportDetail>('POST', `/api/reports/${saved.id}/send`);
    },
    onSuccess: (sent) => {
      queryClient.setQueryData(queryKeys.report(sent.id), sent);
      void refresh();
      if (id === null) onCreated(sent.id);
    },
  });
  const remove = useMutation({
    mutationFn: () => api<void>('DELETE', `/api/reports/${id}`),
    onSuccess: () => {
      void refresh();
      onBack();
    },
  });

  const confirmSend = async () => {
    const messages = await api<ValidationMessage[]>('POST', '/api/reports/precheck', body()).catch(() => []);
    setPrecheck(messages);
    const errors = messages.filter((item) => item.severity === 'error').length;
    if (errors === 0) return send.mutate();
    modal.confirm({
      title: t('reports.confirmSendTitle'),
      content: t('reports.confirmSendErrors', { count: errors }),
      okText: t('reports.send'),
      cancelText: t('activation.cancel'),
      onOk: () => send.mutate(),
    });
  };

  const failure = saveDraft.error ?? check.error ?? send.error ?? remove.error;
  return (
    <Card
      ref={card}
      tabIndex={-1}
      role="region"
      aria-label={loaded ? t('reports.editorTitle', { period: loaded.period }) : t('reports.editorNew')}
      title={loaded ? t('reports.editorTitle', { period: loaded.period }) : t('reports.editorNew')}
      extra={
        <Button icon={<ArrowLeftOutlined />} onClick={onBack}>
          {t('reports.backToList')}
        </Button>
      }
    >
      <Form layout="vertical">
        <Form.Item label={t('reports.monthPeriod')} style={{ maxWidth: 240 }}>
          <DatePicker
            picker="month"
            format="MM.YYYY"
            aria-label={t('reports.monthPeriod')}
            value={dayjs(`${period}-01`)}
            allowClear={false}
            disabled={!editable}
            onChange={(value) => value && setPeriod(value.format('YYYY-MM'))}
          />
        </Form.Item>
      </Form>
      <ReportLinesEditor
        lines={lines}
        onChange={setLines}
        services={services.data ?? []}
        period={period}
        disabled={!editable}
      />
      {failure && <Alert type="error" showIcon title={errorText(failure)} style={{ marginTop: 16 }} />}
      {editable && (
        <Flex gap={8} style={{ marginTop: 16 }} wrap>
          <Button onClick={() => saveDraft.mutate()} loading={saveDraft.isPending}>
            {t('reports.save')}
          </Button>
          <Button onClick={() => check.mutate()} loading={check.isPending}>
            {t('reports.check')}
          </Button>
          <Button type="primary" onClick={() => void confirmSend()} loading={send.isPending}>
            {t('reports.send')}
          </Button>
          {id !== null && (
            <Button
              danger
              onClick={() => remove.mutate()}
              loading={remove.isPending}
              style={{ marginLeft: 'auto' }}
            >
              {t('reports.deleteDraft')}
            </Button>
          )}
        </Flex>
      )}
      {editable && precheck && (
        <div style={{ marginTop: 20 }}>
          <Typography.Title level={5}>{t('reports.precheckTitle')}</Typography.Title>
          {precheck.length === 0 ? (
            <Alert type="success" showIcon title={t('reports.precheckOk')} />
          ) : (
            <MessagesTable messages={precheck} testId="precheck-messages" />
          )}
        </div>
      )}
      {loaded && !editable && <ReportAnswer report={loaded} />}
    </Card>
  );
}
