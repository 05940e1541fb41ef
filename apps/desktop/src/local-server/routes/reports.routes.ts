import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { Desktop } from '../../desktop';
import type { ReportListItem } from '../../local-api/local-api.types';
import { parseReportFile, reportInputSchema } from '../../reports/report-input';

const idParams = z.object({ id: z.uuid() });

/** *Raportări*: drafts, pre-check, import, send; and the nomenclature the form offers. */
export function reportsRoutes(app: FastifyInstance, desktop: Desktop): void {
  app.get('/api/services', async () => {
    const category = desktop.activation.current()?.provider.category;
    return category ? desktop.nomenclature.list(category) : [];
  });

  app.get(
    '/api/reports',
    async (): Promise<ReportListItem[]> =>
      desktop.reports.list().map(({ lines, ...report }) => ({ ...report, lineCount: lines.length })),
  );

  app.get('/api/reports/:id', async (request) => desktop.reports.get(idParams.parse(request.params).id));

  app.post('/api/reports', async (request) => desktop.reports.create(reportInputSchema.parse(request.body)));

  app.post('/api/reports/precheck', async (request) =>
    desktop.reports.precheck(reportInputSchema.parse(request.body)),
  );

  app.post('/api/reports/import', { bodyLimit: 4 * 1024 * 1024 }, async (request) => {
    const { content } = z.object({ content: z.string() }).parse(request.body);
    return desktop.reports.create(parseReportFile(content));
  });

  app.put('/api/reports/:id', async (request) =>
    desktop.reports.update(idParams.parse(request.params).id, reportInputSchema.parse(request.body)),
  );

  app.delete('/api/reports/:id', async (request, reply) => {
    desktop.reports.delete(idParams.parse(request.params).id);
    return reply.code(204).send();
  });

  app.post('/api/reports/:id/send', async (request) => {
    const queued = desktop.reports.queue(idParams.parse(request.params).id);
    // Delivered in the background when online; the page follows the report until it is SENT.
    void desktop.connection.deliverSoon();
    return queued;
  });
}
