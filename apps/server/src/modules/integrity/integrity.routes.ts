import { errorBodySchema } from '@siui/core';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Executor } from '../../db/executor';
import { AppError } from '../../http/app-error';
import { staffOf } from '../../http/request-context';
import type { CheckpointEvidence } from './checkpoint-verifier';
import { recentIntegrityChecks, runIntegrityChecks } from './integrity.service';

const checkSchema = z.object({
  at: z.iso.datetime(),
  scope: z.enum(['audit', 'ocsp-log']),
  intact: z.boolean(),
  checked: z.number().int(),
  brokenAt: z.number().int().nullable(),
  reason: z.string().nullable(),
  unsealed: z.number().int().nullable(),
  durationMs: z.number().int(),
  trigger: z.string(),
});

/**
 * The tamper-evidence checks of the audit trail and the Log OCSP, for CNAS administrators; with the
 * signed checkpoints of this instance when it has them.
 */
export const integrityRoutes: FastifyPluginAsyncZod<{
  db: Executor;
  evidence?: () => CheckpointEvidence;
}> = async (app, { db, evidence }) => {
  const assertCnas = (scope: 'ALL' | 'HOUSE') => {
    if (scope !== 'ALL') throw new AppError('FORBIDDEN');
  };

  app.get(
    '/api/integrity',
    {
      config: { right: 'AUDIT_VIEW' },
      schema: {
        tags: ['audit'],
        summary: 'Verificările de integritate (zilnice) ale jurnalelor / integrity checks of the logs',
        response: { 200: z.object({ items: z.array(checkSchema) }), 403: errorBodySchema },
      },
    },
    async (request) => {
      assertCnas(staffOf(request).scope);
      const rows = await recentIntegrityChecks(db);
      return {
        items: rows.map((row) => ({
          at: new Date(row.at).toISOString(),
          scope: row.scope,
          intact: row.intact,
          checked: row.checked,
          brokenAt: row.broken_at === null ? null : Number(row.broken_at),
          reason: row.reason,
          unsealed: row.unsealed,
          durationMs: row.duration_ms,
          trigger: row.trigger,
        })),
      };
    },
  );

  app.post(
    '/api/integrity/run',
    {
      config: { right: 'AUDIT_VIEW' },
      schema: {
        tags: ['audit'],
        summary: 'Rulează acum verificarea de integritate / runs the integrity check now',
        response: { 200: z.object({ intact: z.boolean() }), 403: errorBodySchema },
      },
    },
    async (request) => {
      const principal = staffOf(request);
      assertCnas(principal.scope);
      const anchors = evidence?.();
      const results = await runIntegrityChecks(db, `manual:${principal.username}`, new Date(), anchors);
      const checkpointsHold = (anchors?.problems.length ?? 0) === 0;
      return { intact: checkpointsHold && results.every((result) => result.intact) };
    },
  );
};
