import type { Language } from '@siui/core';
import { describeError, errorCodeOf, SiuiRefusal } from '../errors/desktop-error';
import type { ReportsService } from '../reports/reports.service';
import type { GatewayClient } from './gateway-client';
import { submitReport } from './online-api';

export interface DeliverySummary {
  delivered: number;
  rejected: number;
}

/**
 * Sends the outbox, oldest first, one report at a time. Each report keeps its idempotency key, so a
 * report whose answer was lost (crash, cut connection) is simply sent again and SIUI replays its
 * first answer. A report SIUI refuses as malformed (400/413) leaves the outbox as REJECTED; any
 * other failure stops the delivery (the connection decides whether to retry) and is rethrown.
 */
export async function deliverOutbox(options: {
  client: GatewayClient;
  token: string;
  reports: ReportsService;
  language: Language;
  /** Stops between reports once the connection was closed or replaced. */
  stillCurrent: () => boolean;
  onDelivered: () => void;
}): Promise<DeliverySummary> {
  const summary: DeliverySummary = { delivered: 0, rejected: 0 };
  const rejected: string[] = [];
  while (options.stillCurrent()) {
    const report = options.reports.nextInOutbox(rejected);
    if (!report) break;
    try {
      const { answer } = await submitReport(options.client, options.token, options.reports.toWire(report));
      options.reports.recordDelivered(report, answer);
      summary.delivered += 1;
      options.onDelivered();
    } catch (error) {
      const failure = { code: errorCodeOf(error), message: describeError(error, options.language) };
      if (error instanceof SiuiRefusal && (error.status === 400 || error.status === 413)) {
        options.reports.recordRejected(report, failure);
        rejected.push(report.id);
        summary.rejected += 1;
        continue;
      }
      options.reports.recordFailedAttempt(report, failure);
      throw error;
    }
  }
  return summary;
}
