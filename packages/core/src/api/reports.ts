import { z } from 'zod';
import { providerCategorySchema } from './providers';

export const REPORT_STATES = ['VALID', 'PARTIALLY_VALID', 'INVALID'] as const;
export type ReportState = (typeof REPORT_STATES)[number];

export const MAX_REPORT_LINES = 5_000;

export const reportLineSchema = z.object({
  cnp: z.string().max(20),
  serviceCode: z.string().max(20),
  date: z.string().max(10),
  quantity: z.number(),
});
export type ReportLine = z.infer<typeof reportLineSchema>;

/**
 * A report as the desktop sends it. The shape is checked here; the content of each line (CNP,
 * dates, codes, quantity) is checked by the validation rules, which answer with messages per line
 * instead of refusing the whole request.
 */
export const reportSchema = z.object({
  type: providerCategorySchema,
  period: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'perioada are forma AAAA-LL / the period is YYYY-MM'),
  idempotencyKey: z
    .string()
    .min(8)
    .max(100)
    .regex(/^[A-Za-z0-9._:-]+$/, 'cheie de idempotență invalidă / invalid idempotency key'),
  lines: z
    .array(reportLineSchema)
    .max(MAX_REPORT_LINES, `cel mult ${MAX_REPORT_LINES} linii / at most ${MAX_REPORT_LINES} lines`),
});
export type Report = z.infer<typeof reportSchema>;

export const validationMessageSchema = z.object({
  code: z.string(),
  severity: z.enum(['warning', 'error']),
  message: z.string(),
  /** 1-based line of the report; absent for messages about the whole report. */
  line: z.number().int().optional(),
  /** The values in the message, so it can be said again in another language. */
  params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
});
export type ValidationMessage = z.infer<typeof validationMessageSchema>;

export const reportAnswerSchema = z.object({
  reportId: z.uuid(),
  idempotencyKey: z.string(),
  state: z.enum(REPORT_STATES),
  receivedAt: z.iso.datetime(),
  type: providerCategorySchema,
  period: z.string(),
  lineCount: z.number().int(),
  acceptedLines: z.number().int(),
  messages: z.array(validationMessageSchema),
});
export type ReportAnswer = z.infer<typeof reportAnswerSchema>;

export const serviceSchema = z.object({
  code: z.string(),
  name: z.string(),
  category: providerCategorySchema,
});
export type Service = z.infer<typeof serviceSchema>;

export const staffReportSchema = reportAnswerSchema.extend({
  insuranceHouse: z.string(),
  provider: z.object({ code: z.string(), name: z.string() }),
  certificateSerial: z.string().nullable(),
});
export type StaffReport = z.infer<typeof staffReportSchema>;

export const reportsQuerySchema = z.object({
  providerCode: z.string().trim().max(40).optional(),
  state: z.enum(REPORT_STATES).optional(),
  period: z
    .string()
    .regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'perioada are forma AAAA-LL / the period is YYYY-MM')
    .optional(),
  insuranceHouse: z.string().trim().toUpperCase().max(20).optional(),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
});
export type ReportsQuery = z.infer<typeof reportsQuerySchema>;
