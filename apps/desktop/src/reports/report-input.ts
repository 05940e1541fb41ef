import { MAX_REPORT_LINES, providerCategorySchema, reportLineSchema, reportSchema } from '@siui/core';
import { type ZodError, z } from 'zod';
import { DesktopError } from '../errors/desktop-error';

/** A report as the form edits it or a JSON file holds it; the key is optional (made at creation). */
export const reportInputSchema = z.object({
  type: providerCategorySchema.optional(),
  period: reportSchema.shape.period,
  idempotencyKey: reportSchema.shape.idempotencyKey.optional(),
  lines: z.array(reportLineSchema).max(MAX_REPORT_LINES),
});
export type ReportInput = z.infer<typeof reportInputSchema>;

/** The text of a report file (`siui-desktop send REPORT.json`, the *Import JSON* button). */
export function parseReportFile(text: string): ReportInput {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new DesktopError('REPORT_FILE_INVALID', { details: (error as Error).message }, { cause: error });
  }
  const parsed = reportInputSchema.safeParse(json);
  if (!parsed.success)
    throw new DesktopError('REPORT_FILE_INVALID', { details: describeIssues(parsed.error) });
  return parsed.data;
}

export function describeIssues(error: ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((issue) => `${issue.path.join('.') || '(raportare)'}: ${issue.message}`)
    .join('; ');
}
