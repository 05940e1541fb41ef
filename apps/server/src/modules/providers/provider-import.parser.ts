import {
  type CreateProviderBody,
  createProviderBodySchema,
  describeZodIssues,
  type Language,
} from '@siui/core';
import { CsvError, parse } from 'csv-parse/sync';
import { AppError } from '../../http/app-error';

// Reads a county's provider list (CSV, as exported from a spreadsheet) into validated rows.
// Romanian or English column names, `,` or `;` separators, dates as YYYY-MM-DD or DD.MM.YYYY.
// Nothing is saved here: every row is checked first and all problems are reported together.

const COLUMN_ALIASES: Record<string, keyof CreateProviderBody> = {
  cod: 'code',
  cod_furnizor: 'code',
  code: 'code',
  denumire: 'name',
  nume: 'name',
  name: 'name',
  cui: 'fiscalCode',
  cif: 'fiscalCode',
  cod_fiscal: 'fiscalCode',
  fiscalcode: 'fiscalCode',
  categorie: 'category',
  tip: 'category',
  category: 'category',
  nr_inregistrare: 'registrationNumber',
  registrationnumber: 'registrationNumber',
  adresa: 'address',
  address: 'address',
  reprezentant_legal: 'legalRepresentative',
  legalrepresentative: 'legalRepresentative',
  email: 'email',
  e_mail: 'email',
  telefon: 'phone',
  phone: 'phone',
  nr_contract: 'contractNumber',
  contract: 'contractNumber',
  contractnumber: 'contractNumber',
  data_inceput_contract: 'contractStart',
  inceput_contract: 'contractStart',
  contractstart: 'contractStart',
  data_sfarsit_contract: 'contractEnd',
  sfarsit_contract: 'contractEnd',
  contractend: 'contractEnd',
  activ: 'active',
  active: 'active',
};

const REQUIRED: (keyof CreateProviderBody)[] = [
  'code',
  'name',
  'fiscalCode',
  'category',
  'contractNumber',
  'contractStart',
  'contractEnd',
];

export const MAX_IMPORT_ROWS = 50_000;

export interface ParsedImportRow {
  line: number;
  provider: CreateProviderBody;
}

export interface ImportRowError {
  line: number;
  field: string | null;
  message: string;
}

export function parseProviderCsv(
  text: string,
  language: Language,
): { rows: ParsedImportRow[]; errors: ImportRowError[] } {
  const records = readRecords(text);
  if (records.length < 2) throw new AppError('IMPORT_EMPTY');
  const [header = [], ...data] = records;
  const columns = header.map((name) => COLUMN_ALIASES[columnKey(name)]);
  const missing = REQUIRED.filter((field) => !columns.includes(field));
  if (missing.length > 0) {
    throw new AppError('IMPORT_MALFORMED', {
      params: {
        details:
          language === 'en'
            ? `missing columns: ${missing.join(', ')}`
            : `lipsesc coloanele: ${missing.join(', ')}`,
      },
    });
  }
  if (data.length > MAX_IMPORT_ROWS) {
    throw new AppError('IMPORT_MALFORMED', { params: { details: `> ${MAX_IMPORT_ROWS}` } });
  }
  const rows: ParsedImportRow[] = [];
  const errors: ImportRowError[] = [];
  data.forEach((record, index) => {
    const line = index + 2;
    if (record.every((cell) => cell.trim() === '')) return;
    const raw: Record<string, unknown> = {};
    columns.forEach((field, column) => {
      if (field) raw[field] = cellValue(field, record[column] ?? '');
    });
    const parsed = createProviderBodySchema.safeParse(raw, { reportInput: true });
    if (!parsed.success) {
      for (const [field, message] of Object.entries(describeZodIssues(parsed.error.issues, language))) {
        errors.push({ line, field, message });
      }
      return;
    }
    rows.push({ line, provider: parsed.data });
  });
  return { rows, errors };
}

function readRecords(text: string): string[][] {
  const firstLine = text.slice(0, text.indexOf('\n') === -1 ? undefined : text.indexOf('\n'));
  const delimiter = (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ';' : ',';
  try {
    return parse(text, {
      bom: true,
      delimiter,
      relax_column_count: true,
      skip_empty_lines: true,
      trim: true,
    });
  } catch (error) {
    if (error instanceof CsvError) {
      throw new AppError('IMPORT_MALFORMED', { params: { details: `${error.message}` } });
    }
    throw error;
  }
}

function columnKey(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .trim()
    .replace(/[\s.-]+/g, '_');
}

const DMY = /^(\d{1,2})[./](\d{1,2})[./](\d{4})$/;
const TRUE_WORDS = new Set(['da', 'd', 'yes', 'y', 'true', '1', 'activ']);
const FALSE_WORDS = new Set(['nu', 'n', 'no', 'false', '0', 'inactiv']);

function cellValue(field: keyof CreateProviderBody, cell: string): unknown {
  if (field === 'contractStart' || field === 'contractEnd') {
    const dmy = DMY.exec(cell);
    return dmy ? `${dmy[3]}-${dmy[2]?.padStart(2, '0')}-${dmy[1]?.padStart(2, '0')}` : cell;
  }
  if (field === 'active') {
    const word = cell.toLowerCase();
    if (word === '') return undefined;
    if (TRUE_WORDS.has(word)) return true;
    if (FALSE_WORDS.has(word)) return false;
    return cell;
  }
  if (field === 'category') return cell.toUpperCase();
  return cell;
}
