import { auditEntrySchema, auditQuerySchema, errorBodySchema, keysetPageOf } from '@siui/core';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Executor } from '../../db/executor';
import { AppError } from '../../http/app-error';
import { staffOf } from '../../http/request-context';
import { houseFilterFor } from '../auth/policy';
import { toAuditEntry } from './audit.presenter';
import { listAuditEntries } from './audit.repository';

export const auditRoutes: FastifyPluginAsyncZod<{ db: Executor }> = async (app, { db }) => {
  app.get(
    '/api/audit',
    {
      config: { right: 'AUDIT_VIEW' },
      schema: {
        tags: ['audit'],
        summary: 'Jurnalul de audit al casei / the audit trail of the house',
        querystring: auditQuerySchema,
        response: { 200: keysetPageOf(auditEntrySchema), 400: errorBodySchema, 403: errorBodySchema },
      },
    },
    async (request) => {
      const query = request.query;
      const beforeId = query.cursor === undefined ? undefined : Number(query.cursor);
      if (beforeId !== undefined && !Number.isSafeInteger(beforeId)) {
        throw new AppError('VALIDATION_FAILED', {
          fields: { cursor: { ro: 'cursor invalid', en: 'invalid cursor' } },
        });
      }
      const rows = await listAuditEntries(db, {
        houseCode: houseFilterFor(staffOf(request), query.insuranceHouse),
        action: query.action,
        actor: query.actor,
        entityType: query.entityType,
        entityId: query.entityId,
        from: query.from ? new Date(query.from) : undefined,
        to: query.to ? new Date(query.to) : undefined,
        beforeId,
        limit: query.limit + 1,
      });
      const page = rows.slice(0, query.limit);
      const last = page.at(-1);
      return {
        items: page.map(toAuditEntry),
        nextCursor: rows.length > query.limit && last ? String(last.id) : null,
      };
    },
  );
};
