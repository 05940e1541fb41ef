import {
  describeZodIssues,
  MAX_REPORT_LINES,
  providerCategorySchema,
  reportLineSchema,
  reportSchema,
} from '@siui/core';
import { type core, z } from 'zod';
import { DesktopError, type LocalizedParam } from '../errors/desktop-error';

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
    // V8's own words ("Unexpected token …") are English; the position is what helps in both.
    const position = /position (\d+)/.exec((error as Error).message)?.[1];
    throw new DesktopError(
      'REPORT_FILE_INVALID',
      {
        details: {
          ro: position ? `nu este JSON valid (poziția ${position})` : 'nu este JSON valid',
          en: position ? `not valid JSON (position ${position})` : 'not valid JSON',
        },
      },
      { cause: error },
    );
  }
  const parsed = reportInputSchema.safeParse(json, { reportInput: true });
  if (!parsed.success)
    throw new DesktopError('REPORT_FILE_INVALID', { details: describeIssues(parsed.error.issues) });
  return parsed.data;
}

/** The first three faults, each in both languages; the file's values are not repeated. */
export function describeIssues(issues: readonly core.$ZodIssue[]): LocalizedParam {
  const describe = (language: 'ro' | 'en') =>
    Object.entries(describeZodIssues(issues, language))
      .slice(0, 3)
      .map(
        ([field, message]) =>
          `${field === '(root)' ? (language === 'ro' ? '(raportare)' : '(report)') : field}: ${message}`,
      )
      .join('; ');
  return { ro: describe('ro'), en: describe('en') };
}
