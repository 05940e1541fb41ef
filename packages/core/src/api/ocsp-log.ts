import { z } from 'zod';
import { houseCodeSchema } from './insurance-houses';

export const ONLINE_OPERATIONS = ['ACTIVATION', 'SESSION', 'REPORT', 'NOMENCLATURE', 'MESSAGES'] as const;
export const OPERATION_RESULTS = ['ALLOWED', 'REFUSED'] as const;

export const ocspLogEntrySchema = z.object({
  id: z.string(),
  at: z.iso.datetime(),
  insuranceHouse: z.string().nullable(),
  providerCode: z.string().nullable(),
  externalUsername: z.string().nullable(),
  certificateSerial: z.string().nullable(),
  operation: z.enum(ONLINE_OPERATIONS),
  result: z.enum(OPERATION_RESULTS),
  reasonCode: z.string().nullable(),
  clientIp: z.string().nullable(),
  details: z.record(z.string(), z.unknown()).nullable(),
});
export type OcspLogEntry = z.infer<typeof ocspLogEntrySchema>;

const dateOrDateTime = z.iso.datetime({ offset: true }).or(z.iso.date());

export const ocspLogQuerySchema = z.object({
  providerCode: z.string().trim().max(40).optional(),
  username: z.string().trim().max(128).optional(),
  operation: z.enum(ONLINE_OPERATIONS).optional(),
  result: z.enum(OPERATION_RESULTS).optional(),
  from: dateOrDateTime.optional(),
  to: dateOrDateTime.optional(),
  insuranceHouse: houseCodeSchema.optional(),
  cursor: z
    .string()
    .regex(/^\d{1,18}$/)
    .optional(),
  limit: z.coerce.number().int().min(1).max(500).default(50),
});
export type OcspLogQuery = z.infer<typeof ocspLogQuerySchema>;
