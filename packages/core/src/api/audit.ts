import { z } from 'zod';
import { houseCodeSchema } from './insurance-houses';

export const auditEntrySchema = z.object({
  id: z.string(),
  at: z.iso.datetime(),
  actorUsername: z.string().nullable(),
  insuranceHouse: z.string().nullable(),
  action: z.string(),
  entityType: z.string(),
  entityId: z.string().nullable(),
  before: z.unknown().nullable(),
  after: z.unknown().nullable(),
  clientIp: z.string().nullable(),
});
export type AuditEntry = z.infer<typeof auditEntrySchema>;

export const auditQuerySchema = z.object({
  insuranceHouse: houseCodeSchema.optional(),
  action: z.string().trim().max(80).optional(),
  actor: z.string().trim().max(128).optional(),
  entityType: z.string().trim().max(60).optional(),
  entityId: z.string().trim().max(80).optional(),
  from: z.iso.datetime({ offset: true }).or(z.iso.date()).optional(),
  to: z.iso.datetime({ offset: true }).or(z.iso.date()).optional(),
  cursor: z.string().max(40).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export type AuditQuery = z.infer<typeof auditQuerySchema>;
