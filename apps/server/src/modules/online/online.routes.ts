import type { TLSSocket } from 'node:tls';
import {
  errorBodySchema,
  onlineMessageSchema,
  onlineSessionSchema,
  providerCategorySchema,
  reportAnswerSchema,
  reportSchema,
  SESSION_HEADER,
  serviceSchema,
} from '@siui/core';
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Executor } from '../../db/executor';
import { languageOf } from '../../http/language';
import { listServices } from '../reports/reports.repository';
import type { ReportsService } from '../reports/reports.service';
import type { OnlineSessionService } from './online-session.service';
import { presentedCertificate } from './presented-certificate';

export const MAX_REPORT_BYTES = 2 * 1024 * 1024;

const refusals = { 401: errorBodySchema, 403: errorBodySchema, 429: errorBodySchema };

/** The provider-facing API on the mutual-TLS port (seed 3.2). */
export const onlineRoutes: FastifyPluginAsyncZod<{
  sessions: OnlineSessionService;
  reports: ReportsService;
  db: Executor;
}> = async (app, { sessions, reports, db }) => {
  const onlineRequest = (request: FastifyRequest) => ({
    certificate: presentedCertificate(request.raw.socket as TLSSocket),
    clientIp: request.ip,
  });
  const tokenOf = (request: FastifyRequest) => {
    const header = request.headers[SESSION_HEADER];
    return typeof header === 'string' && header.length > 0 ? header : undefined;
  };

  app.get(
    '/online/v1/session',
    {
      schema: {
        summary: 'Deschide sesiunea online: certificat client + Basic <CUI>_<casă>:<cheie de activare>',
        response: { 200: onlineSessionSchema, ...refusals },
      },
    },
    async (request, reply) => {
      const session = await sessions.open({
        ...onlineRequest(request),
        authorization: request.headers.authorization,
      });
      return reply.header(SESSION_HEADER, session.token).header('cache-control', 'no-store').send(session);
    },
  );

  app.delete(
    '/online/v1/session',
    {
      schema: {
        summary: 'Închide sesiunea online (Deconectare) / ends the online session (logout)',
        response: { 204: z.null(), ...refusals },
      },
    },
    async (request, reply) => {
      const context = await sessions.verify({
        ...onlineRequest(request),
        token: tokenOf(request),
        operation: 'SESSION',
      });
      await sessions.close(context, request.ip);
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/online/v1/heartbeat',
    {
      schema: {
        summary:
          'Verifică sesiunea (semaforul aplicației) / checks the session (the desktop’s traffic light)',
        response: { 200: z.object({ ok: z.literal(true), serverTime: z.iso.datetime() }), ...refusals },
      },
    },
    async (request) => {
      await sessions.verify({ ...onlineRequest(request), token: tokenOf(request), operation: 'SESSION' });
      return { ok: true as const, serverTime: new Date().toISOString() };
    },
  );

  app.get(
    '/online/v1/nomenclatures/services',
    {
      schema: {
        summary: 'Nomenclatorul serviciilor pe tip de furnizor / service codes per category',
        querystring: z.object({ category: providerCategorySchema.optional() }),
        response: { 200: z.object({ items: z.array(serviceSchema) }), ...refusals },
      },
    },
    async (request) => {
      const context = await sessions.verify({
        ...onlineRequest(request),
        token: tokenOf(request),
        operation: 'NOMENCLATURE',
      });
      await sessions.logAllowed(context, 'NOMENCLATURE', request.ip);
      const items = await listServices(db, request.query.category ?? context.category);
      return {
        items: items.map((item) => ({
          ...item,
          category: item.category as z.infer<typeof providerCategorySchema>,
        })),
      };
    },
  );

  app.post(
    '/online/v1/reports',
    {
      bodyLimit: MAX_REPORT_BYTES,
      schema: {
        summary: 'Trimite o raportare; răspunsul are starea și mesajele de validare / submits a report',
        body: reportSchema,
        response: { 200: reportAnswerSchema, 400: errorBodySchema, 413: errorBodySchema, ...refusals },
      },
    },
    async (request, reply) => {
      const context = await sessions.verify({
        ...onlineRequest(request),
        token: tokenOf(request),
        operation: 'REPORT',
      });
      const { answer, replayed } = await reports.receive(context, request.body, {
        clientIp: request.ip,
        language: languageOf(request.headers['accept-language']),
      });
      await sessions.logAllowed(context, 'REPORT', request.ip, {
        reportId: answer.reportId,
        state: answer.state,
        period: answer.period,
        replayed,
      });
      if (replayed) reply.header('idempotent-replayed', 'true');
      return answer;
    },
  );

  app.get(
    '/online/v1/messages',
    {
      schema: {
        summary:
          'Ultimele mesaje de validare primite de furnizor / the provider’s latest validation messages',
        querystring: z.object({
          since: z.iso
            .datetime({ offset: true })
            .optional()
            .describe(
              'Fără: ultimele 50 de rapoarte cu mesaje; cu: primele 50 primite după acest moment (exclusiv), în ordine / without: the newest 50 reports with messages; with: the first 50 received after this instant (exclusive), oldest first',
            ),
        }),
        response: { 200: z.object({ items: z.array(onlineMessageSchema) }), ...refusals },
      },
    },
    async (request) => {
      const context = await sessions.verify({
        ...onlineRequest(request),
        token: tokenOf(request),
        operation: 'MESSAGES',
      });
      await sessions.logAllowed(context, 'MESSAGES', request.ip);
      const since = request.query.since ? new Date(request.query.since) : undefined;
      return {
        items: await reports.messagesSince(context, since, languageOf(request.headers['accept-language'])),
      };
    },
  );
};
