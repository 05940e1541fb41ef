import { foldForSearch, type Language, type ProviderImportResult } from '@siui/core';
import { type Kysely, sql } from 'kysely';
import type { DB, NewProvider } from '../../db/schema';
import { type AuditActor, recordAudit } from '../audit/audit.service';
import type { ImportRowError, ParsedImportRow } from './provider-import.parser';

export interface ImportProgress {
  phase: 'validate' | 'save';
  done: number;
  total: number;
}

const BATCH = 500;

const MESSAGES = {
  duplicateCode: {
    ro: 'cod de furnizor repetat în fișier (rândul {line})',
    en: 'provider code repeated in the file (row {line})',
  },
  duplicateCui: {
    ro: 'CUI repetat în fișier (rândul {line})',
    en: 'fiscal code repeated in the file (row {line})',
  },
  cuiTaken: {
    ro: 'CUI aparține deja furnizorului {code}',
    en: 'the fiscal code already belongs to provider {code}',
  },
  cuiLocked: {
    ro: 'CUI nu se poate schimba: furnizorul are utilizator extern ({username})',
    en: 'the fiscal code cannot change: the provider has an external user ({username})',
  },
} as const;

/**
 * Creates the new providers and updates the existing ones (matched by code) of one house, all in one
 * transaction: when any row is wrong nothing is saved, and every problem is reported by row.
 */
export async function importProviders(options: {
  db: Kysely<DB>;
  houseCode: string;
  rows: ParsedImportRow[];
  errors: ImportRowError[];
  actor: AuditActor;
  language: Language;
  now: Date;
  onProgress: (progress: ImportProgress) => void;
}): Promise<ProviderImportResult> {
  const { db, houseCode, rows, language } = options;
  const errors = [...options.errors];
  const say = (message: { ro: string; en: string }, params: Record<string, string | number>) =>
    message[language].replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? ''));

  const existing = await db
    .selectFrom('providers as p')
    .leftJoin('users as u', 'u.provider_id', 'p.id')
    .select(['p.id', 'p.code', 'p.fiscal_code', 'u.username'])
    .where('p.insurance_house_code', '=', houseCode)
    .execute();
  const byCode = new Map(existing.map((row) => [row.code.toLowerCase(), row]));
  const codeByCui = new Map(existing.map((row) => [row.fiscal_code, row.code]));

  const seenCodes = new Map<string, number>();
  const seenCuis = new Map<string, number>();
  const creates: ParsedImportRow[] = [];
  const updates: (ParsedImportRow & { id: string })[] = [];
  rows.forEach((row, index) => {
    const { provider, line } = row;
    const code = provider.code.toLowerCase();
    const firstCode = seenCodes.get(code);
    const firstCui = seenCuis.get(provider.fiscalCode);
    if (firstCode !== undefined)
      errors.push({ line, field: 'code', message: say(MESSAGES.duplicateCode, { line: firstCode }) });
    if (firstCui !== undefined)
      errors.push({ line, field: 'fiscalCode', message: say(MESSAGES.duplicateCui, { line: firstCui }) });
    seenCodes.set(code, line);
    seenCuis.set(provider.fiscalCode, line);
    const current = byCode.get(code);
    const cuiOwner = codeByCui.get(provider.fiscalCode);
    if (cuiOwner !== undefined && cuiOwner.toLowerCase() !== code) {
      errors.push({ line, field: 'fiscalCode', message: say(MESSAGES.cuiTaken, { code: cuiOwner }) });
    } else if (current?.username && current.fiscal_code !== provider.fiscalCode) {
      errors.push({
        line,
        field: 'fiscalCode',
        message: say(MESSAGES.cuiLocked, { username: current.username }),
      });
    } else if (current) {
      updates.push({ ...row, id: current.id });
    } else {
      creates.push(row);
    }
    if ((index + 1) % BATCH === 0)
      options.onProgress({ phase: 'validate', done: index + 1, total: rows.length });
  });
  const total = rows.length + new Set(options.errors.map((e) => e.line)).size;
  if (errors.length > 0) {
    return { total, created: 0, updated: 0, errors: errors.sort((a, b) => a.line - b.line) };
  }

  await db.transaction().execute(async (trx) => {
    let done = 0;
    for (let start = 0; start < creates.length; start += BATCH) {
      const batch = creates.slice(start, start + BATCH);
      await trx
        .insertInto('providers')
        .values(batch.map((row) => columnsOf(row, houseCode, options.now)))
        .execute();
      done += batch.length;
      options.onProgress({ phase: 'save', done, total: rows.length });
    }
    for (const row of updates) {
      const {
        insurance_house_code: _house,
        created_at: _created,
        ...changes
      } = columnsOf(row, houseCode, options.now);
      await trx.updateTable('providers').set(changes).where('id', '=', row.id).execute();
      done += 1;
      if (done % BATCH === 0) options.onProgress({ phase: 'save', done, total: rows.length });
    }
    await recordAudit(trx, options.actor, {
      action: 'provider.import',
      entityType: 'provider',
      houseCode,
      after: {
        created: creates.map((row) => row.provider.code),
        updated: updates.map((row) => row.provider.code),
      },
    });
    // Imports are rare and large: refresh the planner's view of the table for the searches.
    await sql`analyze providers`.execute(trx);
  });
  options.onProgress({ phase: 'save', done: rows.length, total: rows.length });
  return { total: rows.length, created: creates.length, updated: updates.length, errors: [] };
}

function columnsOf({ provider }: ParsedImportRow, houseCode: string, now: Date): NewProvider {
  return {
    insurance_house_code: houseCode,
    code: provider.code,
    name: provider.name,
    name_search: foldForSearch(provider.name),
    fiscal_code: provider.fiscalCode,
    category: provider.category,
    registration_number: provider.registrationNumber ?? null,
    address: provider.address ?? null,
    legal_representative: provider.legalRepresentative ?? null,
    email: provider.email ?? null,
    phone: provider.phone ?? null,
    contract_number: provider.contractNumber,
    contract_start: provider.contractStart,
    contract_end: provider.contractEnd,
    active: provider.active ?? true,
    created_at: now,
    updated_at: now,
  };
}
