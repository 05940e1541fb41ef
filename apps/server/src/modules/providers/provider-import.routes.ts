import { PassThrough } from 'node:stream';
import { errorBodySchema, formatErrorMessage, houseCodeSchema, providerImportResultSchema } from '@siui/core';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { DB } from '../../db/schema';
import { AppError } from '../../http/app-error';
import { languageOf } from '../../http/language';
import { actorOf, staffOf } from '../../http/request-context';
import { countyHouseForNewRecord } from '../auth/policy';
import { parseProviderCsv } from './provider-import.parser';
import { type ImportProgress, importProviders } from './provider-import.service';

const MAX_CSV_BYTES = 10 * 1024 * 1024;

// POST text/csv. With `Accept: application/x-ndjson` the answer streams progress lines
// ({"type":"progress",…}) and ends with {"type":"result",…}; otherwise it is one JSON result.

export const providerImportRoutes: FastifyPluginAsyncZod<{ db: Kysely<DB>; clock?: () => Date }> = async (
  app,
  { db, clock = () => new Date() },
) => {
  app.addContentTypeParser(
    ['text/csv', 'application/csv'],
    { parseAs: 'string', bodyLimit: MAX_CSV_BYTES },
    (_r, body, done) => done(null, body),
  );

  app.post(
    '/api/providers/import',
    {
      config: { right: 'PROVIDERS_EDIT' },
      bodyLimit: MAX_CSV_BYTES,
      schema: {
        tags: ['providers'],
        summary: 'Import CSV de furnizori (totul sau nimic) / CSV import of providers (all or nothing)',
        description:
          'Body: text/csv with a header row (cod, denumire, cui, categorie, nr_contract, data_inceput_contract, ' +
          'data_sfarsit_contract, and optionally nr_inregistrare, adresa, reprezentant_legal, email, telefon, activ; ' +
          'English field names also accepted). Existing codes are updated, new ones created. 422 with the row ' +
          'errors when anything is wrong: nothing is saved then.',
        querystring: z.object({ insuranceHouse: houseCodeSchema.optional() }),
        response: {
          200: providerImportResultSchema,
          400: errorBodySchema,
          403: errorBodySchema,
          422: errorBodySchema.extend({ report: providerImportResultSchema }),
        },
      },
    },
    async (request, reply) => {
      const principal = staffOf(request);
      const houseCode = countyHouseForNewRecord(principal, request.query.insuranceHouse);
      if (typeof request.body !== 'string') throw new AppError('UNSUPPORTED_MEDIA_TYPE');
      const language = languageOf(request.headers['accept-language']);
      const { rows, errors } = parseProviderCsv(request.body, language);
      const run = (onProgress: (progress: ImportProgress) => void) =>
        importProviders({
          db,
          houseCode,
          rows,
          errors,
          actor: actorOf(request),
          language,
          now: clock(),
          onProgress,
        });
      const rejected = (count: number) => ({
        code: 'IMPORT_REJECTED',
        message: formatErrorMessage('IMPORT_REJECTED', language, { count }),
      });

      if (!request.headers.accept?.includes('application/x-ndjson')) {
        const result = await run(() => {});
        if (result.errors.length > 0)
          return reply.code(422).send({ error: rejected(result.errors.length), report: result });
        return result;
      }
      const stream = new PassThrough();
      const line = (value: object) => stream.write(`${JSON.stringify(value)}\n`);
      // The declared 200 schema describes the JSON variant; this one streams (Fastify pipes streams as-is).
      reply
        .code(200)
        .type('application/x-ndjson; charset=utf-8')
        .header('cache-control', 'no-store')
        .send(stream as unknown as z.infer<typeof providerImportResultSchema>);
      try {
        const result = await run((progress) => line({ type: 'progress', ...progress }));
        line(
          result.errors.length > 0
            ? { type: 'result', ok: false, error: rejected(result.errors.length), report: result }
            : { type: 'result', ok: true, report: result },
        );
      } catch (error) {
        request.log.error({ err: error }, 'provider import failed');
        line({
          type: 'result',
          ok: false,
          error: { code: 'INTERNAL_ERROR', message: formatErrorMessage('INTERNAL_ERROR', language) },
        });
      } finally {
        stream.end();
      }
      return reply;
    },
  );
};
