import type { CreateProviderBody } from '@siui/core';

interface ImportColumn {
  /** The column's name in the file (what the operator sees in the spreadsheet). */
  column: string;
  /** The provider field it fills, as the server names it in row errors. */
  field: keyof CreateProviderBody;
  required: boolean;
}

/** The columns `POST /api/providers/import` reads, in the template's order. */
export const IMPORT_COLUMNS: readonly ImportColumn[] = [
  { column: 'cod', field: 'code', required: true },
  { column: 'denumire', field: 'name', required: true },
  { column: 'cui', field: 'fiscalCode', required: true },
  { column: 'categorie', field: 'category', required: true },
  { column: 'nr_contract', field: 'contractNumber', required: true },
  { column: 'data_inceput_contract', field: 'contractStart', required: true },
  { column: 'data_sfarsit_contract', field: 'contractEnd', required: true },
  { column: 'nr_inregistrare', field: 'registrationNumber', required: false },
  { column: 'adresa', field: 'address', required: false },
  { column: 'reprezentant_legal', field: 'legalRepresentative', required: false },
  { column: 'email', field: 'email', required: false },
  { column: 'telefon', field: 'phone', required: false },
  { column: 'activ', field: 'active', required: false },
];

/**
 * The template offered for download: the header row, `;`-separated (what a Romanian spreadsheet
 * writes), with a byte-order mark so that spreadsheets open it as UTF-8 (ș, ț, ă, â, î).
 */
export function importTemplateCsv(): string {
  return `\uFEFF${IMPORT_COLUMNS.map(({ column }) => column).join(';')}\r\n`;
}

/** The file column a row error is about (`fiscalCode` → `cui`); other names are shown as they are. */
export function importColumnOf(field: string): string {
  return IMPORT_COLUMNS.find((column) => column.field === field)?.column ?? field;
}

/**
 * The text of a chosen CSV file. Files saved by older spreadsheets in Romanian Windows are in
 * Windows-1250 rather than UTF-8; they are recognised (not valid UTF-8) and read as such.
 */
export async function readCsvText(file: Blob): Promise<string> {
  const bytes = await file.arrayBuffer();
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1250').decode(bytes);
  }
}
