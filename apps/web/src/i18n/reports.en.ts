import type { Translation } from './ro';

// English texts of *Providers / Reports*; part of `en.ts`.

export const reportsEn: Translation['reports'] = {
  title: 'Reports',
  total_one: '{{count}} report',
  total_few: '{{count}} reports',
  total_other: '{{count}} reports',
  empty: 'No report matches the filters.',
  columns: {
    receivedAt: 'Received on',
    provider: 'Provider',
    type: 'Type',
    period: 'Period',
    state: 'State',
    lines: 'Lines accepted / total',
    messages: 'Validation messages',
  },
  filters: {
    providerCode: 'Provider code',
    state: 'State',
    period: 'Period (month)',
    house: 'Insurance house',
  },
  states: { VALID: 'Valid', PARTIALLY_VALID: 'Partially valid', INVALID: 'Invalid' },
  severity: { error: 'Error', warning: 'Warning' },
  messageCount: {
    errors_one: '{{count}} error',
    errors_few: '{{count}} errors',
    errors_other: '{{count}} errors',
    warnings_one: '{{count}} warning',
    warnings_few: '{{count}} warnings',
    warnings_other: '{{count}} warnings',
    none: 'no messages',
  },
  messages: {
    title: 'Validation messages',
    columns: { line: 'Line', severity: 'Severity', code: 'Code', message: 'Message' },
    wholeReport: 'whole report',
    certificate: 'Sent with the certificate {{serial}}',
    idempotencyKey: 'Idempotency key: {{key}}',
  },
};
