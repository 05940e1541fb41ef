import { errorBodySchema, pageOf, reportsQuerySchema, staffReportSchema } from '@siui/core';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Executor } from '../../db/executor';
import { languageOf } from '../../http/language';
import { staffOf } from '../../http/request-context';
import { houseFilterFor } from '../auth/policy';
import { listReports } from './reports.repository';
import { toReportAnswer } from './reports.service';

/** Furnizori / Raportări: what the house's providers sent online, with state and messages. */
export const staffReportsRoutes: FastifyPluginAsyncZod<{ db: Executor }> = async (app, { db }) => {
  app.get(
    '/api/reports',
    {
      config: { right: 'REPORTS_VIEW' },
      schema: {
        tags: ['reports'],
        summary: 'Raportările primite de la furnizorii casei / reports received from the house’s providers',
        querystring: reportsQuerySchema,
        response: { 200: pageOf(staffReportSchema), 400: errorBodySchema, 403: errorBodySchema },
      },
    },
    async (request) => {
      const query = request.query;
      const { rows, total } = await listReports(db, {
        houseCode: houseFilterFor(staffOf(request), query.insuranceHouse),
        providerCode: query.providerCode,
        state: query.state,
        period: query.period,
        page: query.page,
        pageSize: query.pageSize,
      });
      return {
        items: rows.map((row) => ({
          ...toReportAnswer(row, languageOf(request.headers['accept-language'])),
          insuranceHouse: row.insurance_house_code,
          provider: { code: row.provider_code, name: row.provider_name },
          certificateSerial: row.certificate_serial,
        })),
        total,
        page: query.page,
        pageSize: query.pageSize,
      };
    },
  );
};
