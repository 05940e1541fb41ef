import { z } from 'zod';
import { parseFiscalCode } from '../fiscal-code/fiscal-code';
import { normalizeRomanianText } from '../text/romanian-text';
import { isoDateSchema, pageQuerySchema, queryBooleanSchema } from './common';
import { houseCodeSchema } from './insurance-houses';

/** Report-type codes of SIUI, which are also the provider categories. */
export const PROVIDER_CATEGORIES = [
  'MF',
  'CLIN',
  'PARA',
  'STOM',
  'FARM',
  'SPT',
  'AMB',
  'MD',
  'HC',
  'REC',
  'DIA',
] as const;
export type ProviderCategory = (typeof PROVIDER_CATEGORIES)[number];

export const PROVIDER_CATEGORY_LABELS: Record<ProviderCategory, { ro: string; en: string }> = {
  MF: { ro: 'Asistență medicală primară (medicină de familie)', en: 'Primary care (family medicine)' },
  CLIN: { ro: 'Ambulatoriu de specialitate clinic', en: 'Outpatient specialist care' },
  PARA: {
    ro: 'Ambulatoriu de specialitate paraclinic (laborator, imagistică)',
    en: 'Laboratory and imaging',
  },
  STOM: { ro: 'Asistență medicală stomatologică', en: 'Dental care' },
  FARM: { ro: 'Farmacie', en: 'Pharmacy' },
  SPT: { ro: 'Spital', en: 'Hospital' },
  AMB: { ro: 'Urgență prespitalicească și transport sanitar', en: 'Ambulance and medical transport' },
  MD: { ro: 'Dispozitive medicale', en: 'Medical devices' },
  HC: { ro: 'Îngrijiri medicale la domiciliu', en: 'Home care' },
  REC: { ro: 'Recuperare, medicină fizică și balneologie', en: 'Rehabilitation' },
  DIA: { ro: 'Dializă', en: 'Dialysis' },
};

export const providerCategorySchema = z.enum(PROVIDER_CATEGORIES);

export const providerCodeSchema = z
  .string()
  .trim()
  .min(1)
  .max(40)
  .regex(/^[A-Za-z0-9][A-Za-z0-9._/-]*$/, 'litere, cifre, . _ / - / letters, digits, . _ / -');

/** Romanian text as stored: comma-below ș/ț, single spaces. */
export const romanianTextSchema = (min: number, max: number) =>
  z.string().transform(normalizeRomanianText).pipe(z.string().min(min).max(max));

export const fiscalCodeSchema = z
  .string()
  .max(20)
  .transform((input, ctx) => {
    const parsed = parseFiscalCode(input);
    if (parsed.ok) return parsed.fiscalCode;
    ctx.addIssue({
      code: 'custom',
      message:
        parsed.reason === 'CHECK_DIGIT'
          ? 'CUI invalid: cifra de control nu corespunde / invalid CUI: wrong check digit'
          : 'CUI invalid: 2–10 cifre, opțional prefixat de RO / invalid CUI: 2–10 digits, optional RO prefix',
    });
    return z.NEVER;
  });

const optionalText = (max: number) =>
  z
    .string()
    .transform(normalizeRomanianText)
    .pipe(z.string().max(max))
    .transform((text) => (text === '' ? null : text))
    .nullable()
    .optional();

const providerFields = {
  code: providerCodeSchema,
  name: romanianTextSchema(2, 300),
  fiscalCode: fiscalCodeSchema,
  category: providerCategorySchema,
  registrationNumber: optionalText(60),
  address: optionalText(400),
  legalRepresentative: optionalText(200),
  email: z
    .union([z.literal(''), z.email('adresă de e-mail invalidă / invalid e-mail address').max(200)])
    .transform((text) => (text === '' ? null : text))
    .nullable()
    .optional(),
  phone: z
    .union([
      z.literal(''),
      z
        .string()
        .trim()
        .regex(/^\+?[0-9 ()./-]{6,30}$/, 'telefon invalid / invalid phone'),
    ])
    .transform((text) => (text === '' ? null : text))
    .nullable()
    .optional(),
  contractNumber: z.string().trim().min(1).max(60),
  contractStart: isoDateSchema,
  contractEnd: isoDateSchema,
  active: z.boolean().optional(),
};

const contractEndsAfterStart = (value: { contractStart?: string; contractEnd?: string }) =>
  value.contractStart === undefined ||
  value.contractEnd === undefined ||
  value.contractEnd >= value.contractStart;
const contractOrderIssue = {
  message: 'sfârșitul contractului este înaintea începutului / the contract ends before it starts',
  path: ['contractEnd'],
};

export const createProviderBodySchema = z
  .object({ ...providerFields, insuranceHouse: houseCodeSchema.optional() })
  .refine(contractEndsAfterStart, contractOrderIssue);
export type CreateProviderBody = z.infer<typeof createProviderBodySchema>;
export type CreateProviderInput = z.input<typeof createProviderBodySchema>;

export const updateProviderBodySchema = z
  .object(providerFields)
  .partial()
  .refine(contractEndsAfterStart, contractOrderIssue);
export type UpdateProviderBody = z.infer<typeof updateProviderBodySchema>;

export const KEY_STATES = ['NONE', 'ACTIVE'] as const;

export const providerSchema = z.object({
  id: z.uuid(),
  insuranceHouse: z.string(),
  code: z.string(),
  name: z.string(),
  fiscalCode: z.string(),
  category: providerCategorySchema,
  registrationNumber: z.string().nullable(),
  address: z.string().nullable(),
  legalRepresentative: z.string().nullable(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  contractNumber: z.string(),
  contractStart: z.string(),
  contractEnd: z.string(),
  active: z.boolean(),
  /** Whether an activation key was generated (and is current): decides Generare vs Resetare parolă. */
  keyState: z.enum(KEY_STATES),
  externalUser: z.object({ id: z.uuid(), username: z.string() }).nullable(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});
export type Provider = z.infer<typeof providerSchema>;

export const PROVIDER_SORTS = [
  'code',
  '-code',
  'name',
  '-name',
  'contractEnd',
  '-contractEnd',
  'createdAt',
  '-createdAt',
] as const;

export const providersQuerySchema = pageQuerySchema.extend({
  q: z.string().trim().max(100).optional(),
  code: z.string().trim().max(40).optional(),
  name: z.string().trim().max(100).optional(),
  fiscalCode: z.string().trim().max(20).optional(),
  category: providerCategorySchema.optional(),
  keyState: z.enum(KEY_STATES).optional(),
  active: queryBooleanSchema.optional(),
  insuranceHouse: houseCodeSchema.optional(),
  sort: z.enum(PROVIDER_SORTS).default('code'),
});
export type ProvidersQuery = z.infer<typeof providersQuerySchema>;

export const activationKeyEventSchema = z.object({
  generation: z.number().int(),
  action: z.enum(['GENERATED', 'RESET']),
  at: z.iso.datetime(),
  by: z.string().nullable(),
  revokedAt: z.iso.datetime().nullable(),
  revokedBy: z.string().nullable(),
  current: z.boolean(),
});
export type ActivationKeyEvent = z.infer<typeof activationKeyEventSchema>;

export const installationSchema = z.object({
  installationId: z.string(),
  activatedAt: z.iso.datetime(),
  clientIp: z.string().nullable(),
  reactivateCurrentDatabase: z.boolean(),
  keyGeneration: z.number().int(),
});
export type Installation = z.infer<typeof installationSchema>;

export const providerImportRowErrorSchema = z.object({
  line: z.number().int(),
  field: z.string().nullable(),
  message: z.string(),
});

export const providerImportResultSchema = z.object({
  total: z.number().int(),
  created: z.number().int(),
  updated: z.number().int(),
  errors: z.array(providerImportRowErrorSchema),
});
export type ProviderImportResult = z.infer<typeof providerImportResultSchema>;
