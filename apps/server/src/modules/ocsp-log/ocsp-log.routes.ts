import { PassThrough } from 'node:stream';
import {
  errorBodySchema,
  keysetPageOf,
  type OcspLogEntry,
  type OcspLogQuery,
  ocspLogEntrySchema,
  ocspLogQuerySchema,
} from '@siui/core';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Executor } from '../../db/executor';
import { csvCell } from '../../http/csv-cell';
import { staffOf } from '../../http/request-context';
import { houseFilterFor } from '../auth/policy';
import type { StaffPrincipal } from '../auth/principal';
import { toOcspLogEntry } from './ocsp-log.presenter';
import { type OcspLogFilter, ocspLogQuery } from './ocsp-log.repository';

const EXPORT_BATCH = 5_000;
const EXPORT_LIMIT = 1_000_000;

export const ocspLogRoutes: FastifyPluginAsyncZod<{ db: Executor }> = async (app, { db }) => {
  app.get(
    '/api/ocsp-log',
    {
      config: { right: 'OCSP_LOG_VIEW' },
      schema: {
        tags: ['ocsp-log'],
        summary:
          'Log OCSP: operațiile online ale furnizorilor casei / online operations of the house’s providers',
        querystring: ocspLogQuerySchema,
        response: { 200: keysetPageOf(ocspLogEntrySchema), 400: errorBodySchema, 403: errorBodySchema },
      },
    },
    async (request) => {
      const query = request.query;
      const rows = await ocspLogQuery(db, filterOf(staffOf(request), query))
        .limit(query.limit + 1)
        .execute();
      const page = rows.slice(0, query.limit);
      const last = page.at(-1);
      return {
        items: page.map(toOcspLogEntry),
        nextCursor: rows.length > query.limit && last ? String(last.id) : null,
      };
    },
  );

  app.get(
    '/api/ocsp-log/export.csv',
    {
      config: { right: 'OCSP_LOG_VIEW' },
      schema: {
        tags: ['ocsp-log'],
        summary: 'Export CSV al Log OCSP (aceleași filtre) / CSV export of the OCSP log (same filters)',
        querystring: ocspLogQuerySchema.omit({ limit: true }),
      },
    },
    async (request, reply) => {
      const filter = filterOf(staffOf(request), { ...request.query, limit: EXPORT_BATCH });
      const stream = new PassThrough();
      reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', 'attachment; filename="log-ocsp.csv"')
        .header('cache-control', 'no-store')
        .send(stream);
      // BOM so spreadsheet programs read the diacritics as UTF-8.
      stream.write(`\uFEFF${CSV_HEADER}\n`);
      let beforeId = filter.beforeId;
      let written = 0;
      try {
        while (written < EXPORT_LIMIT) {
          const rows = await ocspLogQuery(db, { ...filter, beforeId })
            .limit(EXPORT_BATCH)
            .execute();
          for (const row of rows) stream.write(`${csvLine(toOcspLogEntry(row))}\n`);
          written += rows.length;
          const last = rows.at(-1);
          if (!last || rows.length < EXPORT_BATCH) break;
          beforeId = last.id;
        }
      } catch (error) {
        request.log.error({ err: error }, 'ocsp log export failed');
        stream.write('# export întrerupt / export interrupted\n');
      } finally {
        stream.end();
      }
      return reply;
    },
  );
};

function filterOf(principal: StaffPrincipal, query: OcspLogQuery): OcspLogFilter {
  return {
    houseCode: houseFilterFor(principal, query.insuranceHouse),
    providerCode: query.providerCode,
    username: query.username,
    operation: query.operation,
    result: query.result,
    from: query.from ? new Date(query.from) : undefined,
    to: query.to ? endOf(query.to) : undefined,
    beforeId: query.cursor ? Number(query.cursor) : undefined,
    limit: query.limit,
  };
}

/** A bare date as `to` means "through that day". */
function endOf(value: string): Date {
  const date = new Date(value);
  return /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(date.getTime() + 86_400_000) : date;
}

const CSV_HEADER = 'data_ora;casa;cod_furnizor;utilizator;serie_certificat;operatie;rezultat;motiv;adresa_ip';

function csvLine(entry: OcspLogEntry): string {
  return [
    entry.at,
    entry.insuranceHouse,
    entry.providerCode,
    entry.externalUsername,
    entry.certificateSerial,
    entry.operation,
    entry.result,
    entry.reasonCode,
    entry.clientIp,
  ]
    .map(csvCell)
    .join(';');
}
