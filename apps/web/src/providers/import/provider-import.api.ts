import { type ProviderImportResult, providerImportResultSchema } from '@siui/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { apiFetch } from '../../api/client';
import { readJsonLines } from '../../api/json-lines';
import { providersKey } from '../providers.api';
import { readCsvText } from './import-columns';

// `POST /api/providers/import` with `Accept: application/x-ndjson` answers a stream of lines:
// progress while it checks and saves, then one result (all or nothing).

const progressLineSchema = z.object({
  type: z.literal('progress'),
  phase: z.enum(['validate', 'save']),
  done: z.number().int(),
  total: z.number().int(),
});
export type ImportProgress = z.infer<typeof progressLineSchema>;

const resultLineSchema = z.object({
  type: z.literal('result'),
  ok: z.boolean(),
  error: z.object({ code: z.string(), message: z.string() }).optional(),
  report: providerImportResultSchema.optional(),
});

const lineSchema = z.discriminatedUnion('type', [progressLineSchema, resultLineSchema]);

/** How an import ended: saved (with the counts), or refused with nothing saved (with the row errors). */
export type ImportOutcome =
  | { ok: true; report: ProviderImportResult }
  | { ok: false; message: string; report: ProviderImportResult | null };

export interface ImportRequest {
  file: Blob;
  /** For CNAS staff: the house the providers belong to. */
  insuranceHouse: string | undefined;
}

/** Sends the CSV and follows the stream; rejects with `ApiError` when refused before it starts. */
export async function importProviders(
  { file, insuranceHouse }: ImportRequest,
  onProgress: (progress: ImportProgress) => void,
): Promise<ImportOutcome> {
  const csv = await readCsvText(file);
  const response = await apiFetch('/api/providers/import', {
    method: 'POST',
    query: { insuranceHouse },
    file: { content: csv, contentType: 'text/csv; charset=utf-8' },
    accept: 'application/x-ndjson',
  });
  if (response.body === null) throw new Error('The import answered no stream');
  const ended: { outcome: ImportOutcome | null } = { outcome: null };
  await readJsonLines(response.body, (value) => {
    const line = lineSchema.parse(value);
    if (line.type === 'progress') {
      onProgress(line);
      return;
    }
    ended.outcome =
      line.ok && line.report
        ? { ok: true, report: line.report }
        : { ok: false, message: line.error?.message ?? '', report: line.report ?? null };
  });
  if (ended.outcome === null) throw new Error('The import stream ended without a result');
  return ended.outcome;
}

export function useImportProviders(onProgress: (progress: ImportProgress) => void) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: ImportRequest) => importProviders(request, onProgress),
    onSuccess: (outcome) =>
      outcome.ok ? queryClient.invalidateQueries({ queryKey: providersKey }) : undefined,
  });
}
